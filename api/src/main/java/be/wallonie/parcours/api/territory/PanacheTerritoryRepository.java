package be.wallonie.parcours.api.territory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.territory.Commune;
import be.wallonie.parcours.domain.territory.CommuneCriReassignment;
import be.wallonie.parcours.domain.territory.Cri;
import be.wallonie.parcours.domain.territory.PostalLocality;
import be.wallonie.parcours.domain.territory.TerritoryRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Communes, CRIs and postal localities in PostgreSQL. */
@ApplicationScoped
public class PanacheTerritoryRepository implements TerritoryRepository, PanacheRepositoryBase<Commune, String> {

    @Override
    public Optional<Commune> findCommune(String nisCode) {
        return find("from Commune c left join fetch c.cri where c.nisCode = ?1", nisCode).firstResultOptional()
                .or(() -> find("""
                        from Commune c left join fetch c.cri
                        where c.nisCode = (select n.newNisCode from NisCodeChange n where n.oldNisCode = ?1)""",
                        nisCode).firstResultOptional());
    }

    @Override
    public List<Commune> findCommunesByPostalCode(String postalCode) {
        return find("""
                from Commune c left join fetch c.cri
                where c.nisCode in (select p.nisCode from PostalLocality p where p.key.postalCode = ?1)
                order by c.nisCode""", postalCode).list();
    }

    @Override
    public List<Commune> listCommunes(String criCode) {
        if (criCode == null) {
            return find("from Commune c left join fetch c.cri order by c.nisCode").list();
        }
        return find("from Commune c left join fetch c.cri where c.cri.code = ?1 order by c.nisCode", criCode).list();
    }

    @Override
    public List<PostalLocality> localitiesOf(String nisCode) {
        return getEntityManager().createQuery("""
                from PostalLocality p where p.nisCode = :nis
                order by p.mainLocality desc, p.key.postalCode, p.key.locality""", PostalLocality.class)
                .setParameter("nis", nisCode)
                .getResultList();
    }

    @Override
    public Optional<Cri> findCri(String code) {
        return Optional.ofNullable(getEntityManager().find(Cri.class, code));
    }

    @Override
    public List<Cri> listCris() {
        return getEntityManager().createQuery("from Cri order by code", Cri.class).getResultList();
    }

    @Override
    public List<CommuneCriReassignment> reassignmentsOf(String nisCode) {
        return getEntityManager().createQuery("""
                from CommuneCriReassignment r where r.nisCode = :nis order by r.decidedAt""",
                CommuneCriReassignment.class)
                .setParameter("nis", nisCode)
                .getResultList();
    }

    @Override
    public void record(CommuneCriReassignment reassignment) {
        getEntityManager().persist(reassignment);
    }

    @Override
    public Map<String, List<String>> postalCodesOf(Collection<String> nisCodes) {
        if (nisCodes.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("""
                select distinct p.nisCode, p.key.postalCode from PostalLocality p
                where p.nisCode in :nis order by 1, 2""", Object[].class)
                .setParameter("nis", nisCodes)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }
}
