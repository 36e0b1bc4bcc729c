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

/**
 * The case files counted by the database ({@code group by}), never loaded: by current state, and by month of opening
 * and current state. {@code cri} null counts the whole Region.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseFileCounts {

    private final EntityManager entityManager;

    CaseFileCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many files are in each state today; a state without a file is absent. */
    public Map<CaseFileState, Long> byState(String cri) {
        Query query = entityManager.createNativeQuery("select state, count(*) from case_file"
                + (cri == null ? "" : " where cri_code = :cri") + " group by state");
        if (cri != null) {
            query.setParameter("cri", cri);
        }
        Map<CaseFileState, Long> counts = new EnumMap<>(CaseFileState.class);
        for (Object[] row : rows(query)) {
            counts.put(CaseFileState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * How many files opened in each month from {@code from} to {@code to}, by their current state; a month or a state
     * without a file is absent.
     */
    public Map<YearMonth, Map<CaseFileState, Long>> openedByMonth(String cri, YearMonth from, YearMonth to) {
        Query query = entityManager.createNativeQuery("select to_char(opened_on, 'YYYY-MM'), state, count(*)"
                + " from case_file where opened_on >= :start and opened_on < :end"
                + (cri == null ? "" : " and cri_code = :cri") + " group by 1, 2");
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
