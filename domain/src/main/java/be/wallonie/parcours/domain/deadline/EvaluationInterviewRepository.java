package be.wallonie.parcours.domain.deadline;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where evaluation interviews are kept. Reach them through a case file the caller may see. */
public interface EvaluationInterviewRepository {

    /** The interviews of a case file, by the day they were held. */
    List<EvaluationInterview> findByCaseFile(UUID caseFileId);

    /** The interviews of several case files at once, each file's by the day they were held. */
    List<EvaluationInterview> findByCaseFiles(Collection<UUID> caseFileIds);

    void add(EvaluationInterview interview);
}
