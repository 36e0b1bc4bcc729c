package be.wallonie.parcours.domain.selfcheck;

import java.util.function.Predicate;

/**
 * The steps of the integration programme that the self-check shows, in the order a newcomer usually meets them
 * (domain rules §5 and §6). The ids are stable: the texts of each step (title, what, how, who) are data files keyed by
 * them, one per language.
 */
public enum ProgrammeStep {
    /** First visit to the CRI, which opens the file and starts the reception module. */
    RECEPTION_VISIT(answers -> answers.visitedCri().isYes()),
    /** Reception module: social review (<i>bilan social</i>). */
    SOCIAL_REVIEW(answers -> answers.socialReviewDone().isYes()),
    /** Reception module: information session on rights and duties. */
    RIGHTS_AND_DUTIES(answers -> answers.rightsAndDutiesAttended().isYes()),
    /** Reception module: French level test, when needed. */
    FRENCH_TEST(answers -> answers.frenchTestDone().isYes()),
    /** Convention signed between the CRI and the person after the social review. */
    CONVENTION(answers -> answers.conventionSigned().isYes()),
    /** Axis 2: 60 hours of citizenship training. */
    CITIZENSHIP(answers -> answers.citizenship60h().isYes()),
    /** Axis 3: 400 hours of French, or a certificate of level A2 or above at any time. */
    FRENCH(answers -> answers.french400h().isYes() || answers.a2Certificate().isYes()),
    /** Axis 4: 4 hours of socio-professional orientation, or a release because the person already works. */
    SOCIO_PROFESSIONAL(answers -> answers.isp4hOrRelease().isYes()),
    /** Final attestation issued by the CRI. */
    ATTESTATION(answers -> answers.finalAttestationReceived().isYes());

    private final Predicate<SelfCheckAnswers> validatedBy;

    ProgrammeStep(Predicate<SelfCheckAnswers> validatedBy) {
        this.validatedBy = validatedBy;
    }

    boolean isValidatedBy(SelfCheckAnswers answers) {
        return validatedBy.test(answers);
    }
}
