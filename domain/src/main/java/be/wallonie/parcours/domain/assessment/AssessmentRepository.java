package be.wallonie.parcours.domain.assessment;

import be.wallonie.parcours.domain.obligation.ObligationStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where obligation assessments are kept: appended, never changed. Reach them through a person the caller may see.
 */
public interface AssessmentRepository {

    void add(ObligationAssessment assessment);

    Optional<ObligationAssessment> findById(UUID id);

    /** The person's current assessment: the one assessed last. */
    Optional<ObligationAssessment> findLatest(UUID personId);

    /** Every assessment of the person, the latest first. */
    List<ObligationAssessment> historyOf(UUID personId);

    /**
     * The status of each person's current assessment, for a page of persons at once; a person without an assessment
     * is absent.
     */
    Map<UUID, ObligationStatus> latestStatuses(Collection<UUID> personIds);
}
