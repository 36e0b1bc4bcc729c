package be.wallonie.parcours.domain.operator;

import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where enrolments are kept. A CRI reaches them through its case files, an operator through its own code. */
public interface EnrolmentRepository {

    Optional<Enrolment> findById(UUID id);

    /** The enrolments of a case file, by start date. */
    List<Enrolment> findByCaseFile(UUID caseFileId);

    /** The enrolments of several case files at once, each file's by start date. */
    List<Enrolment> findByCaseFiles(Collection<UUID> caseFileIds);

    /** The enrolments with an operator, by start date, most recent first: the operator trainer's list. */
    Page<Enrolment> findByOperator(String operatorCode, Paging paging);

    void add(Enrolment enrolment);
}
