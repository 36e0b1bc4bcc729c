package be.wallonie.parcours.api.casefile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.EvaluationInterview;
import be.wallonie.parcours.domain.deadline.EvaluationInterviewRepository;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.ReceptionRepository;

/**
 * The deadlines of case files, computed by the domain from what their parts record (reception, convention,
 * enrolments, interviews, attendance). What a file's page shows, and what {@link StoredDeadlines} stores.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ComputedDeadlines {

    private final ReceptionRepository receptions;
    private final ConventionRepository conventions;
    private final EnrolmentRepository enrolments;
    private final EvaluationInterviewRepository interviews;
    private final AttendanceLedger ledger;

    ComputedDeadlines(ReceptionRepository receptions, ConventionRepository conventions, EnrolmentRepository enrolments,
            EvaluationInterviewRepository interviews, AttendanceLedger ledger) {
        this.receptions = receptions;
        this.conventions = conventions;
        this.enrolments = enrolments;
        this.interviews = interviews;
        this.ledger = ledger;
    }

    /** The deadlines and the axes' progress of one file, from what it records now. */
    public CaseFileDeadlines of(CaseFile file) {
        UUID id = file.id();
        return CaseFileDeadlines.of(file, receptions.findByCaseFile(id).orElse(null),
                conventions.findByCaseFile(id).orElse(null), enrolments.findByCaseFile(id),
                interviews.findByCaseFile(id), ledger.attendanceOf(file));
    }

    /**
     * The deadlines of several files, each part read for all of them in one query: the same few queries whatever the
     * number of files (ADR 0016).
     */
    public Map<UUID, CaseFileDeadlines> of(List<CaseFile> files) {
        if (files.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = files.stream().map(CaseFile::id).toList();
        Map<UUID, ReceptionModule> receptionOf = receptions.findByCaseFiles(ids).stream()
                .collect(Collectors.toMap(module -> module.caseFile().id(), module -> module));
        Map<UUID, Convention> conventionOf = conventions.findByCaseFiles(ids).stream()
                .collect(Collectors.toMap(convention -> convention.caseFile().id(), convention -> convention));
        Map<UUID, List<Enrolment>> enrolmentsOf = enrolments.findByCaseFiles(ids).stream()
                .collect(Collectors.groupingBy(enrolment -> enrolment.caseFile().id()));
        Map<UUID, List<EvaluationInterview>> interviewsOf = interviews.findByCaseFiles(ids).stream()
                .collect(Collectors.groupingBy(interview -> interview.caseFile().id()));
        Map<UUID, Attendance> attendanceOf = ledger.attendanceOf(files);
        Map<UUID, CaseFileDeadlines> deadlines = new HashMap<>();
        for (CaseFile file : files) {
            UUID id = file.id();
            deadlines.put(id, CaseFileDeadlines.of(file, receptionOf.get(id), conventionOf.get(id),
                    enrolmentsOf.getOrDefault(id, List.of()), interviewsOf.getOrDefault(id, List.of()),
                    attendanceOf.get(id)));
        }
        return deadlines;
    }
}
