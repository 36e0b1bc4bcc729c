package be.wallonie.parcours.api.attendance;

import be.wallonie.parcours.api.casefile.CaseFiles;
import be.wallonie.parcours.api.problem.MissingStep;
import be.wallonie.parcours.api.shared.RequestIssues;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.attendance.Recording;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ledger as the CRI follows a case file up (issue 5): the entries of every enrolment of the file, and the
 * equivalences staff record (a certificate of French of A2 or above, a release because the person works), which
 * complete an axis and may complete the parcours, in the same transaction. Through {@link CaseFiles}: another CRI's
 * file answers 404; a change sends the file's ETag in If-Match.
 */
@ApplicationScoped
@Transactional
public class CaseFileAttendanceService {

    static final String ENTRIES = "GET /caseFiles/{id}/attendance";
    static final String CERTIFICATE = "POST /caseFiles/{id}/frenchCertificates";
    static final String RELEASE = "POST /caseFiles/{id}/workReleases";

    private final CaseFiles caseFiles;
    private final AttendanceLedger ledger;
    private final ConventionRepository conventions;
    private final OperatorLedger operatorLedger;

    CaseFileAttendanceService(CaseFiles caseFiles, AttendanceLedger ledger, ConventionRepository conventions,
            OperatorLedger operatorLedger) {
        this.caseFiles = caseFiles;
        this.ledger = ledger;
        this.conventions = conventions;
        this.operatorLedger = operatorLedger;
    }

    /** A case file's attendance: its entries, every enrolment, and its equivalences. */
    @Schema(name = "CaseFileAttendance")
    public record View(List<AttendanceEntryResponse> entries, List<EquivalenceResponse> equivalences) {
    }

    /** An equivalence recorded, where its axis stands, whether the parcours is completed, and the file's version. */
    public record Recorded(EquivalenceRecording recording, long version) {
    }

    @Schema(name = "EquivalenceRecording")
    public record EquivalenceRecording(EquivalenceResponse equivalence, AxisProgressResponse axis,
            @Schema(description = "true when this equivalence completed every axis: the case file moved to COMPLETED") boolean parcoursCompleted) {
    }

    public View entries(UUID caseFileId) {
        CaseFile file = caseFiles.read(caseFileId, ENTRIES);
        Attendance attendance = ledger.attendanceOf(file);
        return new View(operatorLedger.entriesOf(file),
                attendance.equivalences().stream().map(EquivalenceResponse::of).toList());
    }

    public Recorded frenchCertificate(UUID caseFileId, String ifMatch, AttendanceRequests.FrenchCertificate request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, CERTIFICATE);
        RequestIssues issues = new RequestIssues();
        issues.required(request.level(), "level");
        issues.notInFuture(issues.required(request.certifiedOn(), "certifiedOn"), caseFiles.today(), "certifiedOn");
        String issuer = issues.text(request.issuer(), "issuer");
        issues.throwIfAny();
        Convention convention = conventionOf(file);
        Recording recording = ledger.recordFrenchCertificate(convention, request.level(), request.certifiedOn(),
                issuer, caseFiles.username(), caseFiles.now());
        return recorded(file, convention, recording);
    }

    public Recorded workRelease(UUID caseFileId, String ifMatch, AttendanceRequests.WorkRelease request) {
        CaseFile file = caseFiles.change(caseFileId, ifMatch, RELEASE);
        RequestIssues issues = new RequestIssues();
        issues.notInFuture(issues.required(request.releasedOn(), "releasedOn"), caseFiles.today(), "releasedOn");
        String evidence = issues.text(request.evidence(), "evidence");
        issues.throwIfAny();
        Convention convention = conventionOf(file);
        Recording recording = ledger.recordWorkRelease(convention, request.releasedOn(), evidence,
                caseFiles.username(), caseFiles.now());
        return recorded(file, convention, recording);
    }

    private Recorded recorded(CaseFile file, Convention convention, Recording recording) {
        boolean completed = recording.parcoursDone()
                && ledger.completeParcoursIfDone(convention, caseFiles.username(), caseFiles.now());
        return new Recorded(new EquivalenceRecording(EquivalenceResponse.of(recording.equivalence()),
                AxisProgressResponse.of(recording.axis()), completed), caseFiles.flush(file));
    }

    private Convention conventionOf(CaseFile file) {
        return conventions.findByCaseFile(file.id())
                .orElseThrow(MissingStep.CONVENTION_NOT_PROPOSED::refusal);
    }
}
