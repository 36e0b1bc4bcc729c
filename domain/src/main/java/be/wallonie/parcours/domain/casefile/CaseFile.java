package be.wallonie.parcours.domain.casefile;

import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The case file of one person at one CRI: the person's <i>parcours d'intégration</i> (CWASS art. 152 and following),
 * from registration to the final attestation. It guards its state machine ({@link CaseFileState}) and keeps its
 * timeline: every transition and every record (reception parts, convention, enrolments, interviews, extensions) is an
 * appended {@link CaseFileEvent}, with who, when and why.
 * <p>
 * A person has at most one current file. When the person moves to the territory of another CRI, the file is
 * transferred: it is frozen for the former CRI, and a new file opens at the new CRI with a link to it.
 * <p>
 * The final deadline is never typed in: it is the assessment's, or the latest extension granted by a supervisor.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    private UUID id;
    @Column(name = "person_id")
    private UUID personId;
    @Column(name = "cri_code")
    private String criCode;
    @Enumerated(EnumType.STRING)
    private CaseFileState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_suspension")
    private CaseFileState stateBeforeSuspension;
    @Enumerated(EnumType.STRING)
    private Participation participation;
    @Column(name = "assessment_id")
    private UUID assessmentId;
    @Column(name = "base_deadline")
    private LocalDate baseDeadline;
    @Column(name = "final_deadline")
    private LocalDate finalDeadline;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "transferred_from")
    private UUID transferredFrom;
    @Column(name = "transferred_to")
    private UUID transferredTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;
    @Column(name = "closure_note", columnDefinition = "text")
    private String closureNote;
    /** Given by the database at insert (1, 2, 3… per person): the person's latest file is the highest. */
    @Column(name = "opening_order", insertable = false, updatable = false)
    private Integer openingOrder;
    /** A transferred file only: the person as this CRI held them at the transfer. */
    @Embedded
    private PersonAtTransfer personAtTransfer;
    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    private List<CaseFileEvent> events = new ArrayList<>();
    @Version
    private long version;

    protected CaseFile() {
    }

    private CaseFile(UUID personId, String criCode, Participation participation, UUID assessmentId,
            LocalDate baseDeadline, LocalDate openedOn) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.criCode = criCode;
        this.state = CaseFileState.OPENED;
        this.participation = participation;
        this.assessmentId = assessmentId;
        this.baseDeadline = baseDeadline;
        this.openedOn = Objects.requireNonNull(openedOn, "openedOn");
        refreshFinalDeadline();
    }

    /**
     * Opens the file of an assessed person at the CRI of the assessment (the CRI of the commune of residence), as an
     * obliged person or a volunteer.
     *
     * @param filesOfPerson every file of the person, at any CRI
     * @throws CaseFileException when the person is out of scope or already has a current file
     */
    public static CaseFile open(ObligationAssessment assessment, Collection<CaseFile> filesOfPerson,
            LocalDate openedOn, String by, Instant at) {
        String cri = assessment.criCode().orElseThrow(() -> new CaseFileException(CaseFileException.Reason.OUT_OF_SCOPE,
                "The person lives in the German-language region, where the Walloon programme does not apply"));
        filesOfPerson.stream()
                .filter(file -> file.personId.equals(assessment.personId()) && file.isCurrent())
                .findFirst()
                .ifPresent(current -> {
                    // the file may be another CRI's: its id is for the logs only
                    throw new CaseFileException(CaseFileException.Reason.CURRENT_FILE_EXISTS,
                            "The person already has a current case file: " + current.id);
                });
        CaseFile file = new CaseFile(assessment.personId(), cri, Participation.of(assessment), assessment.id(),
                assessment.deadline().map(Deadline::date).orElse(null), openedOn);
        file.append(CaseFileEventType.OPENED, null, CaseFileState.OPENED, openedOn, null,
                "participation=" + file.participation, by, at);
        return file;
    }

    /** {@code OPENED → RECEPTION}: the reception module starts (called by the reception module). */
    public void startReception(String by, Instant at) {
        moveTo(CaseFileState.RECEPTION, CaseFileEventType.RECEPTION_STARTED, null, null, null, by, at);
    }

    /** {@code RECEPTION → CONVENTION_SIGNED} (called by the convention, which checks what signing needs). */
    public void recordConventionSigned(LocalDate signedOn, String by, Instant at) {
        moveTo(CaseFileState.CONVENTION_SIGNED, CaseFileEventType.CONVENTION_SIGNED, signedOn, null, null, by, at);
    }

    /** {@code CONVENTION_SIGNED → IN_PROGRESS}: the first enrolment with an operator (called by the enrolment). */
    public void startTraining(LocalDate on, String by, Instant at) {
        moveTo(CaseFileState.IN_PROGRESS, CaseFileEventType.TRAINING_STARTED, on, null, null, by, at);
    }

    /** {@code → COMPLETED}: every axis of the convention is done (checked by the axis progress). */
    public void complete(LocalDate on, String by, Instant at) {
        moveTo(CaseFileState.COMPLETED, CaseFileEventType.COMPLETED, on, null, null, by, at);
    }

    /** {@code COMPLETED → ATTESTATION_ISSUED}. */
    public void recordAttestationIssued(LocalDate on, String attestationNumber, String by, Instant at) {
        moveTo(CaseFileState.ATTESTATION_ISSUED, CaseFileEventType.ATTESTATION_ISSUED, on, null,
                "attestation=" + attestationNumber, by, at);
    }

    /** Pauses the file; {@link #resume} returns it to the state it leaves now. The final deadline keeps running. */
    public void suspend(String reason, LocalDate on, String by, Instant at) {
        String why = requireText(reason, "reason");
        CaseFileState left = state;
        moveTo(CaseFileState.SUSPENDED, CaseFileEventType.SUSPENDED, on, why, null, by, at);
        stateBeforeSuspension = left;
    }

    /** {@code SUSPENDED →} the state the file was suspended in. */
    public void resume(LocalDate on, String by, Instant at) {
        if (state != CaseFileState.SUSPENDED) {
            throw new IllegalTransitionException(state, state, IllegalTransitionException.Reason.NOT_SUSPENDED);
        }
        CaseFileState back = stateBeforeSuspension;
        state = back;
        stateBeforeSuspension = null;
        append(CaseFileEventType.RESUMED, CaseFileState.SUSPENDED, back, on, null, null, by, at);
    }

    /**
     * The person moved to a commune of another CRI: this file is frozen for this CRI, and a new file continues at the
     * new CRI, with the same participation and final deadline (the extensions granted here are carried over) and a
     * link to this one. The new file starts at {@link CaseFileState#OPENED}: the new CRI holds its own reception
     * interview and signs its own convention. The person is handed over: this file keeps the person as this CRI held them
     * ({@code heldHere}) and shows that from then on, never the new CRI's later record.
     *
     * @return the new file, to be added to the repository
     */
    public CaseFile transferTo(String newCriCode, PersonAtTransfer heldHere, LocalDate on, String reason, String by,
            Instant at) {
        Objects.requireNonNull(newCriCode, "newCriCode");
        Objects.requireNonNull(heldHere, "heldHere");
        if (newCriCode.equals(criCode)) {
            throw new CaseFileException(CaseFileException.Reason.SAME_CRI, "The file is already at " + criCode,
                    Map.of("cri", criCode));
        }
        if (newCriCode.equals(CommuneOfResidence.GERMAN_SPEAKING_COMMUNITY)) {
            throw new CaseFileException(CaseFileException.Reason.OUT_OF_SCOPE,
                    "The German-language region has no CRI: close the file with reason MOVED_OUT_OF_SCOPE");
        }
        moveTo(CaseFileState.TRANSFERRED, CaseFileEventType.TRANSFERRED_OUT, on, reason, "toCri=" + newCriCode, by,
                at);
        CaseFile successor = new CaseFile(personId, newCriCode, participation, assessmentId, baseDeadline, on);
        successor.transferredFrom = id;
        successor.append(CaseFileEventType.TRANSFERRED_IN, null, CaseFileState.OPENED, on, reason,
                "fromCri=" + criCode + ", participation=" + participation, by, at);
        for (DeadlineExtension extension : deadlineExtensions()) {
            successor.append(CaseFileEventType.DEADLINE_EXTENDED, null, null, extension.newDeadline(),
                    extension.reason(), "grantedByCri=" + criCode, extension.decidedBy(), extension.decidedAt());
        }
        successor.refreshFinalDeadline();
        transferredTo = successor.id;
        personAtTransfer = heldHere;
        return successor;
    }

    /** Ends the file without an attestation. The note is required when the reason is {@link ClosureReason#OTHER}. */
    public void close(ClosureReason reason, String note, LocalDate on, String by, Instant at) {
        Objects.requireNonNull(reason, "reason");
        String text = note == null || note.isBlank() ? null : note.strip();
        if (reason == ClosureReason.OTHER) {
            requireText(note, "note");
        }
        moveTo(CaseFileState.CLOSED, CaseFileEventType.CLOSED, on, text, "closureReason=" + reason, by, at);
        closureReason = reason;
        closureNote = text;
    }

    /**
     * A supervisor extends the final deadline of an obliged person (domain rules §4). The role is checked by the
     * caller; the decision is recorded on the timeline, from which the final deadline is computed.
     */
    public void extendDeadline(LocalDate newDeadline, String reason, String decidedBy, Instant decidedAt) {
        requireNotFrozen("extend the deadline");
        if (participation != Participation.OBLIGED) {
            throw new CaseFileException(CaseFileException.Reason.NO_DEADLINE, "A volunteer has no deadline to extend");
        }
        Violations violations = new Violations();
        violations.require(newDeadline, "newDeadline");
        violations.requireText(reason, "reason");
        if (newDeadline != null) {
            violations.check(newDeadline.isAfter(finalDeadline), "newDeadline",
                    ViolationCode.AFTER_FINAL_DEADLINE, Map.of("finalDeadline", finalDeadline));
        }
        violations.throwIfAny();
        append(CaseFileEventType.DEADLINE_EXTENDED, null, null, newDeadline, reason.strip(), null, decidedBy,
                decidedAt);
        refreshFinalDeadline();
    }

    /**
     * A new assessment of the person applies to the file: the participation and the assessment's deadline follow it
     * (a person who starts working half-time can become a volunteer; a new permit can move the deadline).
     */
    public void applyAssessment(ObligationAssessment assessment, String by, Instant at) {
        requireNotFrozen("apply a new assessment");
        if (!assessment.personId().equals(personId)) {
            throw new CaseFileException(CaseFileException.Reason.OTHER_PERSON, "The assessment is of another person");
        }
        if (assessment.criCode().isEmpty()) {
            throw new CaseFileException(CaseFileException.Reason.OUT_OF_SCOPE,
                    "The person is now out of scope: close the file with reason MOVED_OUT_OF_SCOPE");
        }
        participation = Participation.of(assessment);
        assessmentId = assessment.id();
        baseDeadline = assessment.deadline().map(Deadline::date).orElse(null);
        append(CaseFileEventType.REASSESSED, null, null, baseDeadline, null,
                "participation=" + participation + ", status=" + assessment.status()
                        + assessment.code().map(code -> ", code=" + code).orElse(""),
                by, at);
        refreshFinalDeadline();
    }

    /**
     * Appends a record that is not a transition to the timeline, for the parts of the parcours kept outside the case
     * file (reception, convention, enrolments, interviews).
     *
     * @throws CaseFileException when the file is frozen
     */
    public void record(CaseFileEventType type, LocalDate on, String reason, String detail, String by, Instant at) {
        if (type.isTransition()) {
            throw new IllegalArgumentException(type + " is a transition, not a record");
        }
        requireNotFrozen("record " + type);
        append(type, null, null, on, reason, detail, by, at);
    }

    /**
     * Refuses {@code action} unless the file is in one of the {@code allowed} states.
     *
     * @throws CaseFileException naming the action and the state
     */
    public void requireState(Set<CaseFileState> allowed, String action) {
        requireNotFrozen(action);
        if (!allowed.contains(state)) {
            throw new CaseFileException(CaseFileException.Reason.NOT_ALLOWED_IN_STATE,
                    "Cannot " + action + " while the file is " + state + " (allowed when " + allowed + ")",
                    Map.of("state", state, "allowedStates", allowed));
        }
    }

    private void requireNotFrozen(String action) {
        if (state.isTerminal()) {
            throw new CaseFileException(CaseFileException.Reason.FILE_FROZEN,
                    "Cannot " + action + ": the file is " + state + " and read-only", Map.of("state", state));
        }
    }

    private void moveTo(CaseFileState target, CaseFileEventType type, LocalDate on, String reason, String detail,
            String by, Instant at) {
        if (!state.nextSteps().contains(target)) {
            throw state.refusalTo(target);
        }
        CaseFileState from = state;
        state = target;
        append(type, from, target, on, reason, detail, by, at);
    }

    private void append(CaseFileEventType type, CaseFileState from, CaseFileState to, LocalDate on, String reason,
            String detail, String by, Instant at) {
        events.add(new CaseFileEvent(this, events.size() + 1, type, from, to, on, reason, detail, by, at));
    }

    private void refreshFinalDeadline() {
        if (participation != Participation.OBLIGED) {
            finalDeadline = null;
            return;
        }
        finalDeadline = deadlineExtensions().stream()
                .map(DeadlineExtension::newDeadline)
                .filter(extended -> extended.isAfter(baseDeadline))
                .max(Comparator.naturalOrder())
                .orElse(baseDeadline);
    }

    private static String requireText(String text, String field) {
        Violations violations = new Violations();
        violations.requireText(text, field);
        violations.throwIfAny();
        return text.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public String criCode() {
        return criCode;
    }

    public CaseFileState state() {
        return state;
    }

    /** The state to resume to; empty unless suspended. */
    public Optional<CaseFileState> stateBeforeSuspension() {
        return Optional.ofNullable(stateBeforeSuspension);
    }

    public Participation participation() {
        return participation;
    }

    public boolean isObliged() {
        return participation == Participation.OBLIGED;
    }

    /** The assessment the participation and the deadline come from. */
    public UUID assessmentId() {
        return assessmentId;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    /**
     * The day by which an obliged person must hold the attestation: the assessment's deadline, or the latest extension
     * when later. Empty for a volunteer.
     */
    public Optional<LocalDate> finalDeadline() {
        return Optional.ofNullable(finalDeadline);
    }

    /** The extensions of the final deadline, oldest first. */
    public List<DeadlineExtension> deadlineExtensions() {
        return events.stream()
                .filter(event -> event.type() == CaseFileEventType.DEADLINE_EXTENDED)
                .map(event -> new DeadlineExtension(event.occurredOn(), event.reason(), event.recordedBy(),
                        event.recordedAt()))
                .toList();
    }

    /** The day every axis was found done; empty until the file is completed. */
    public Optional<LocalDate> completedOn() {
        return events.stream()
                .filter(event -> event.type() == CaseFileEventType.COMPLETED)
                .map(CaseFileEvent::occurredOn)
                .reduce((first, second) -> second);
    }

    public boolean isCurrent() {
        return state.isCurrent();
    }

    /** The file this one continues, when transferred in from another CRI. */
    public Optional<UUID> transferredFrom() {
        return Optional.ofNullable(transferredFrom);
    }

    /** The file that continues this one at another CRI, when transferred out. */
    public Optional<UUID> transferredTo() {
        return Optional.ofNullable(transferredTo);
    }

    /** A transferred file: the person as this CRI held them at the transfer, which the file shows from then on. */
    public Optional<PersonAtTransfer> personAtTransfer() {
        return Optional.ofNullable(personAtTransfer);
    }

    public Optional<ClosureReason> closureReason() {
        return Optional.ofNullable(closureReason);
    }

    public Optional<String> closureNote() {
        return Optional.ofNullable(closureNote);
    }

    /** The timeline, oldest first: read-only, and only ever appended to. */
    public List<CaseFileEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** For optimistic locking: the API's {@code ETag}. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseFile other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
