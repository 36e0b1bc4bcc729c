package be.wallonie.parcours.domain.reception;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileEventType;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The reception module (<i>module d'accueil</i>, axis 1), run by the CRI: a social review, an information session on
 * rights and duties, and a French test when needed. It is complete when the three parts are done, the French test
 * being done or waived. Each part is recorded on the case file's timeline.
 * <p>
 * The social review and the French test decide the convention's axes: they can be recorded, and recorded again, only
 * while the file is in {@link CaseFileState#RECEPTION}. The rights-and-duties session can also come after the
 * signature, while the person is followed up.
 */
@Entity
@Table(name = "reception_module")
public class ReceptionModule {

    private static final Set<CaseFileState> BEFORE_SIGNATURE = EnumSet.of(CaseFileState.RECEPTION);
    private static final Set<CaseFileState> WHILE_FOLLOWED = EnumSet.of(CaseFileState.RECEPTION,
            CaseFileState.CONVENTION_SIGNED, CaseFileState.IN_PROGRESS);

    @Id
    private UUID id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;
    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "social_review_id")
    private SocialReview socialReview;
    @Embedded
    private RightsAndDutiesSession rightsAndDutiesSession;
    @Embedded
    private FrenchTest frenchTest;
    @Enumerated(EnumType.STRING)
    @Column(name = "french_test_waiver")
    private FrenchTestWaiver frenchTestWaiver;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Version
    private long version;

    protected ReceptionModule() {
    }

    private ReceptionModule(CaseFile caseFile) {
        this.id = UUID.randomUUID();
        this.caseFile = caseFile;
    }

    /** Starts the reception module of an opened file, which moves to {@link CaseFileState#RECEPTION}. */
    public static ReceptionModule startFor(CaseFile caseFile, String by, Instant at) {
        caseFile.startReception(by, at);
        return new ReceptionModule(caseFile);
    }

    /** Records the social review, or replaces it before the convention is signed. */
    public void recordSocialReview(SocialReview review, String by, Instant at) {
        Objects.requireNonNull(review, "review");
        caseFile.requireState(BEFORE_SIGNATURE, "record the social review");
        requireNotBeforeOpening(review.conductedOn(), "conductedOn");
        socialReview = review;
        caseFile.record(CaseFileEventType.SOCIAL_REVIEW_RECORDED, review.conductedOn(), null,
                review.recommendsSocioProfessionalOrientation() ? "recommendsSocioProfessionalOrientation" : null,
                by, at);
        recordCompletionIfNew(by, at);
    }

    public void recordRightsAndDutiesSession(RightsAndDutiesSession session, String by, Instant at) {
        Objects.requireNonNull(session, "session");
        caseFile.requireState(WHILE_FOLLOWED, "record the rights-and-duties session");
        requireNotBeforeOpening(session.heldOn(), "heldOn");
        rightsAndDutiesSession = session;
        caseFile.record(CaseFileEventType.RIGHTS_AND_DUTIES_SESSION_RECORDED, session.heldOn(), null,
                "format=" + session.format(), by, at);
        recordCompletionIfNew(by, at);
    }

    /** Records the French test result, or replaces it (or a waiver) before the convention is signed. */
    public void recordFrenchTest(FrenchTest test, String by, Instant at) {
        Objects.requireNonNull(test, "test");
        caseFile.requireState(BEFORE_SIGNATURE, "record the French test");
        requireNotBeforeOpening(test.takenOn(), "takenOn");
        frenchTest = test;
        frenchTestWaiver = null;
        caseFile.record(CaseFileEventType.FRENCH_TEST_RECORDED, test.takenOn(), null, "level=" + test.level(), by,
                at);
        recordCompletionIfNew(by, at);
    }

    /** The French test is not needed, for example because French is the person's mother tongue. */
    public void waiveFrenchTest(FrenchTestWaiver waiver, String by, Instant at) {
        Objects.requireNonNull(waiver, "waiver");
        caseFile.requireState(BEFORE_SIGNATURE, "waive the French test");
        frenchTest = null;
        frenchTestWaiver = waiver;
        caseFile.record(CaseFileEventType.FRENCH_TEST_NOT_NEEDED, null, null, "waiver=" + waiver, by, at);
        recordCompletionIfNew(by, at);
    }

    /** Whether the French test is done or waived: what the convention's French axis depends on is known. */
    public boolean frenchTestSettled() {
        return frenchTest != null || frenchTestWaiver != null;
    }

    /** The three parts are done (the French test done or waived): axis 1 of the convention is complete. */
    public boolean isComplete() {
        return socialReview != null && rightsAndDutiesSession != null && frenchTestSettled();
    }

    private void recordCompletionIfNew(String by, Instant at) {
        if (completedOn == null && isComplete()) {
            completedOn = Stream.of(socialReview.conductedOn(), rightsAndDutiesSession.heldOn(),
                    frenchTest == null ? null : frenchTest.takenOn())
                    .filter(Objects::nonNull)
                    .max(LocalDate::compareTo)
                    .orElseThrow();
            caseFile.record(CaseFileEventType.RECEPTION_COMPLETED, completedOn, null, null, by, at);
        }
    }

    private void requireNotBeforeOpening(LocalDate day, String field) {
        if (day.isBefore(caseFile.openedOn())) {
            throw new InvalidValueException(field, ViolationCode.NOT_BEFORE_OPENING,
                    Map.of("openedOn", caseFile.openedOn()));
        }
    }

    public UUID id() {
        return id;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public Optional<SocialReview> socialReview() {
        return Optional.ofNullable(socialReview);
    }

    public Optional<RightsAndDutiesSession> rightsAndDutiesSession() {
        return Optional.ofNullable(rightsAndDutiesSession);
    }

    public Optional<FrenchTest> frenchTest() {
        return Optional.ofNullable(frenchTest);
    }

    public Optional<FrenchTestWaiver> frenchTestWaiver() {
        return Optional.ofNullable(frenchTestWaiver);
    }

    /** The day the last of the three parts was done, when the module first became complete. */
    public Optional<LocalDate> completedOn() {
        return Optional.ofNullable(completedOn);
    }

    /** For optimistic locking: the API's {@code ETag}. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceptionModule other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
