package be.wallonie.parcours.api.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
 * Persons in PostgreSQL. Tenancy is part of every query a CRI makes: a CRI sees the persons whose current case file it
 * holds, and those without a current file that it registered or followed. Once a file is transferred, the former CRI
 * keeps its frozen file (its own history) but no longer sees the person, whom the new CRI now follows. Anyone else's
 * person is not found, and not counted.
 */
@ApplicationScoped
public class PanachePersonRepository implements PersonRepository, PanacheRepositoryBase<Person, UUID> {

    /**
     * The persons the CRI {@code :cri} sees, as a condition on {@code p}: the persons whose current case file it holds;
     * and, when a person has no current file anywhere, the persons it registered or whose file it held (closed).
     */
    static final String VISIBLE_TO_CRI = """
            (exists (select 1 from CaseFile f where f.personId = p.id and f.criCode = :cri
                     and f.state not in (be.wallonie.parcours.domain.casefile.CaseFileState.TRANSFERRED,
                                     be.wallonie.parcours.domain.casefile.CaseFileState.CLOSED))
             or (not exists (select 1 from CaseFile c where c.personId = p.id and c.state not in (
                     be.wallonie.parcours.domain.casefile.CaseFileState.TRANSFERRED,
                     be.wallonie.parcours.domain.casefile.CaseFileState.CLOSED))
                 and (p.registeredByCri = :cri
                      or exists (select 1 from CaseFile h where h.personId = p.id and h.criCode = :cri))))""";

    /** The status of the person's latest assessment is {@code :status}. */
    private static final String LATEST_ASSESSMENT_STATUS = """
            exists (select 1 from ObligationAssessment a
                    where a.personId = p.id and a.status = :status
                    and not exists (select 1 from ObligationAssessment later
                                    where later.personId = p.id and later.assessedAt > a.assessedAt))""";

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

    @Override
    public Page<Person> search(PersonCriteria criteria, String criCode, Paging paging) {
        StringBuilder where = new StringBuilder(" where ").append(VISIBLE_TO_CRI);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("cri", criCode);
        if (criteria.normalisedNameFragment() != null) {
            // a normalised fragment holds letters and digits only: no LIKE wildcard to escape
            where.append(" and (p.normalisedLastName like :fragment or p.normalisedFirstNames like :fragment)");
            parameters.put("fragment", "%" + criteria.normalisedNameFragment() + "%");
        }
        if (criteria.birthDate() != null) {
            where.append(" and p.birthDate = :birthDate");
            parameters.put("birthDate", criteria.birthDate());
        }
        if (criteria.nationality() != null) {
            where.append(" and p.nationality = :nationality");
            parameters.put("nationality", criteria.nationality().value());
        }
        if (criteria.nationalNumber() != null) {
            where.append(" and p.nationalNumber = :nationalNumber");
            parameters.put("nationalNumber", criteria.nationalNumber().value());
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
}
