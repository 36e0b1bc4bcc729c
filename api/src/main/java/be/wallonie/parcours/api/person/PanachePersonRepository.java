package be.wallonie.parcours.api.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

import be.wallonie.parcours.domain.person.DuplicateDetection;
import be.wallonie.parcours.domain.person.Identity;
import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.NormalisedName;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonCriteria;
import be.wallonie.parcours.domain.person.PersonRepository;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * Persons in PostgreSQL. Tenancy is part of every query a CRI makes: a CRI sees the persons whose latest case file it
 * holds (current or closed), and the persons it registered that have no case file yet. A transfer hands the person
 * over for good (ADR 0031, amending 0013): the former CRI keeps its frozen file, which shows the person as it held them
 * at the transfer, but no longer sees the person, even once the new CRI has closed its file; it sees the person again
 * only when the person's file comes back to it. Anyone else's person is not found, and not counted.
 */
@ApplicationScoped
public class PanachePersonRepository implements PersonRepository, PanacheRepositoryBase<Person, UUID> {

    /**
     * The persons the CRI {@code :cri} sees, as a condition on {@code p}: the CRI holds the person's latest file (the
     * highest {@code openingOrder}, V019: the current one if any, else the last one closed; never a transferred one,
     * since a transfer opens a later file at the new CRI); or the person has no file at all and the CRI registered them.
     */
    static final String VISIBLE_TO_CRI = """
            (exists (select 1 from CaseFile f where f.personId = p.id and f.criCode = :cri
                     and not exists (select 1 from CaseFile later where later.personId = p.id
                                     and later.openingOrder > f.openingOrder))
             or (p.registeredByCri = :cri
                 and not exists (select 1 from CaseFile h where h.personId = p.id)))""";

    /**
     * The persons that meet the criteria ({@code %2$s}, on {@code p}) and that the CRI {@code :cri} sees, in SQL:
     * {@code visible (id, normalised_last_name, normalised_first_names)}. The same rule as {@link #VISIBLE_TO_CRI},
     * read from each candidate's latest file in one probe of {@code case_file_person_opening_order_uq}: the CRI holds
     * it, or there is none and the CRI registered the person.
     */
    private static final String VISIBLE_MATCHES_SQL = """
            with matches as %1$s (
                select p.id, p.normalised_last_name, p.normalised_first_names, p.registered_by_cri from person p
                where %2$s),
            visible as (
                select m.id, m.normalised_last_name, m.normalised_first_names from matches m
                where coalesce((select f.cri_code from case_file f where f.person_id = m.id
                                order by f.opening_order desc limit 1),
                               m.registered_by_cri) = :cri)
            """;

    /** The status of the person's latest assessment is {@code :status}. */
    private static final String LATEST_ASSESSMENT_STATUS = """
            exists (select 1 from ObligationAssessment a
                    where a.personId = p.id and a.status = :status
                    and not exists (select 1 from ObligationAssessment later
                                    where later.personId = p.id and later.assessedAt > a.assessedAt))""";

    /** The same, in SQL. */
    private static final String LATEST_ASSESSMENT_STATUS_SQL = """
            exists (select 1 from obligation_assessment a
                    where a.person_id = p.id and a.status = :status
                    and not exists (select 1 from obligation_assessment later
                                    where later.person_id = p.id and later.assessed_at > a.assessed_at))""";

    private static final String ORDER = " order by p.normalisedLastName, p.normalisedFirstNames, p.id";

    @Override
    public Optional<Person> findAnyById(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public Optional<Person> findById(UUID id, String criCode) {
        return find("from Person p where p.id = :id and " + VISIBLE_TO_CRI,
                Parameters.with("id", id).and("cri", criCode)).firstResultOptional();
    }

    /**
     * With a name, a birth date or a national number: one statement finds the page's ids and counts every match
     * ({@code count(*) over ()}); a second loads the page's persons. The shape keeps the indexes of migration V014
     * usable at the Region's size (docs/benchmarks/search-statistics-feed.md): the criteria select the candidates
     * first (a name fragment through the trigram indexes, in a materialised step so that the planner does not walk the
     * name order instead), then the visibility is decided from each candidate's own files, read once through
     * {@code case_file_person_opening_order_uq} (V019; an earlier shape built three sets of a whole CRI's or the whole Region's
     * files on every search).
     */
    @Override
    @SuppressWarnings("unchecked")
    public Page<Person> search(PersonCriteria criteria, String criCode, Paging paging) {
        if (criteria.normalisedNameFragment() == null && criteria.birthDate() == null
                && criteria.nationalNumber() == null) {
            return searchWholeCri(criteria, criCode, paging);
        }
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cri", criCode);
        String fragment = criteria.normalisedNameFragment();
        if (fragment != null) {
            // a normalised fragment holds letters and digits only: no LIKE wildcard to escape
            where.append(" and (p.normalised_last_name like :fragment or p.normalised_first_names like :fragment)");
            parameters.put("fragment", "%" + fragment + "%");
        }
        if (criteria.birthDate() != null) {
            where.append(" and p.birth_date = :birthDate");
            parameters.put("birthDate", criteria.birthDate());
        }
        if (criteria.nationality() != null) {
            where.append(" and p.nationality = :nationality");
            parameters.put("nationality", criteria.nationality().value());
        }
        if (criteria.nationalNumber() != null) {
            where.append(" and p.national_number = :nationalNumber");
            parameters.put("nationalNumber", criteria.nationalNumber().value());
        }
        if (criteria.obligationStatus() != null) {
            where.append(" and ").append(LATEST_ASSESSMENT_STATUS_SQL);
            parameters.put("status", criteria.obligationStatus().name());
        }
        String visible = VISIBLE_MATCHES_SQL.formatted(fragment == null ? "" : "materialized", where);
        List<Object[]> rows = nativeQuery(visible + """
                select v.id, count(*) over () from visible v
                order by v.normalised_last_name, v.normalised_first_names, v.id
                offset :offset limit :limit""", parameters)
                .setParameter("offset", paging.offset())
                .setParameter("limit", paging.pageSize())
                .getResultList();
        if (rows.isEmpty()) {
            long total = paging.offset() == 0
                    ? 0
                    : ((Number) nativeQuery(visible + "select count(*) from visible", parameters).getSingleResult())
                            .longValue();
            return Page.of(List.of(), paging, total);
        }
        List<UUID> ids = rows.stream().map(row -> (UUID) row[0]).toList();
        Map<UUID, Person> found = new HashMap<>();
        list("id in ?1", ids).forEach(person -> found.put(person.id(), person));
        return Page.of(ids.stream().map(found::get).toList(), paging, ((Number) rows.get(0)[1]).longValue());
    }

    /**
     * Without a name, a birth date or a national number, most of the CRI's persons are candidates: then the visibility
     * is the condition {@link #VISIBLE_TO_CRI} on every person. Not a screen of the
     * back office, which always searches by name.
     */
    private Page<Person> searchWholeCri(PersonCriteria criteria, String criCode, Paging paging) {
        StringBuilder where = new StringBuilder(" where ").append(VISIBLE_TO_CRI);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cri", criCode);
        if (criteria.nationality() != null) {
            where.append(" and p.nationality = :nationality");
            parameters.put("nationality", criteria.nationality().value());
        }
        if (criteria.obligationStatus() != null) {
            where.append(" and ").append(LATEST_ASSESSMENT_STATUS);
            parameters.put("status", criteria.obligationStatus());
        }
        long total = count("from Person p" + where, parameters);
        List<Person> items = total <= paging.offset()
                ? List.of()
                : find("from Person p" + where + ORDER, parameters)
                        .page(paging.page() - 1, paging.pageSize())
                        .list();
        return Page.of(items, paging, total);
    }

    private Query nativeQuery(String sql, Map<String, Object> parameters) {
        Query query = getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public Optional<Person> findByNationalNumber(NationalNumber nationalNumber) {
        return find("nationalNumber", nationalNumber.value()).firstResultOptional();
    }

    @Override
    public List<Person> findLikelyMatches(Identity candidate) {
        NormalisedName name = candidate.name().normalised();
        return find("""
                from Person p
                where ((p.normalisedLastName = :last and p.normalisedFirstNames = :first)
                       or (p.normalisedLastName = :first and p.normalisedFirstNames = :last))
                and p.birthDate between :from and :to""" + ORDER,
                Parameters.with("last", name.lastName())
                        .and("first", name.firstNames())
                        .and("from", candidate.birthDate().minus(DuplicateDetection.CLOSE_BIRTH_DATES))
                        .and("to", candidate.birthDate().plus(DuplicateDetection.CLOSE_BIRTH_DATES)))
                .list();
    }

    @Override
    public boolean exists(UUID id) {
        return count("id", id) > 0;
    }

    @Override
    public void add(Person person) {
        persist(person);
    }

    @Override
    public void flush() {
        PanacheRepositoryBase.super.flush();
    }
}
