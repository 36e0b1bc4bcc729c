package be.wallonie.parcours.api.statistics;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.statistics.CaseFileStatisticsRepository;

/**
 * The case files counted, never loaded: from {@code case_file_count}, the files by CRI, month of opening and state
 * today that triggers keep in the transaction of every change of a file (migration V014). At most 8 CRIs x 9 states x
 * the programme's months are summed, where counting the files themselves read every file of the Region
 * (docs/benchmarks/search-statistics-feed.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PanacheCaseFileStatisticsRepository implements CaseFileStatisticsRepository {

    private final EntityManager entityManager;

    PanacheCaseFileStatisticsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<CaseFileState, Long> countByState(String cri) {
        Query query = entityManager.createNativeQuery("select state, sum(files) from case_file_count"
                + (cri == null ? "" : " where cri_code = :cri") + " group by state having sum(files) > 0");
        if (cri != null) {
            query.setParameter("cri", cri);
        }
        Map<CaseFileState, Long> counts = new EnumMap<>(CaseFileState.class);
        for (Object[] row : rows(query)) {
            counts.put(CaseFileState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public Map<YearMonth, Map<CaseFileState, Long>> countOpenedByMonth(String cri, YearMonth from, YearMonth to) {
        Query query = entityManager.createNativeQuery("select to_char(opened_month, 'YYYY-MM'), state, sum(files)"
                + " from case_file_count where opened_month >= :start and opened_month < :end"
                + (cri == null ? "" : " and cri_code = :cri") + " group by 1, 2 having sum(files) > 0");
        query.setParameter("start", from.atDay(1));
        query.setParameter("end", to.plusMonths(1).atDay(1));
        if (cri != null) {
            query.setParameter("cri", cri);
        }
        Map<YearMonth, Map<CaseFileState, Long>> counts = new LinkedHashMap<>();
        for (Object[] row : rows(query)) {
            counts.computeIfAbsent(YearMonth.parse((String) row[0]), month -> new EnumMap<>(CaseFileState.class))
                    .put(CaseFileState.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
