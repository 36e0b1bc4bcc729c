package be.wallonie.parcours.domain.selfcheck;

import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import java.time.LocalDate;

/**
 * What a newcomer tells the public self-check of the regional site. A question left unanswered ({@code null}) counts as
 * {@link Answer#DONT_KNOW}.
 *
 * @param mustParticipate          whether the commune said the person must follow the programme (annexe I)
 * @param permitReceived           whether the residence permit has been received
 * @param visitedCri               first visit to the CRI done
 * @param socialReviewDone         social review (<i>bilan social</i>) done
 * @param conventionSigned         convention signed with the CRI
 * @param frenchTestDone           French level test done
 * @param rightsAndDutiesAttended  information session on rights and duties attended
 * @param citizenship60h           60 hours of citizenship training attended
 * @param french400h               400 hours of French attended
 * @param a2Certificate            holds a certificate of French at level A2 or above
 * @param isp4hOrRelease           4 hours of socio-professional orientation attended, or released because working
 * @param finalAttestationReceived final attestation received
 * @param permitOrderDate          the day the permit was ordered at the commune, if known
 * @param commune                  the commune of residence found from the postal code, if given
 */
public record SelfCheckAnswers(Answer mustParticipate, Answer permitReceived, Answer visitedCri,
        Answer socialReviewDone, Answer conventionSigned, Answer frenchTestDone, Answer rightsAndDutiesAttended,
        Answer citizenship60h, Answer french400h, Answer a2Certificate, Answer isp4hOrRelease,
        Answer finalAttestationReceived, LocalDate permitOrderDate, CommuneOfResidence commune) {

    public SelfCheckAnswers {
        mustParticipate = orDontKnow(mustParticipate);
        permitReceived = orDontKnow(permitReceived);
        visitedCri = orDontKnow(visitedCri);
        socialReviewDone = orDontKnow(socialReviewDone);
        conventionSigned = orDontKnow(conventionSigned);
        frenchTestDone = orDontKnow(frenchTestDone);
        rightsAndDutiesAttended = orDontKnow(rightsAndDutiesAttended);
        citizenship60h = orDontKnow(citizenship60h);
        french400h = orDontKnow(french400h);
        a2Certificate = orDontKnow(a2Certificate);
        isp4hOrRelease = orDontKnow(isp4hOrRelease);
        finalAttestationReceived = orDontKnow(finalAttestationReceived);
    }

    private static Answer orDontKnow(Answer answer) {
        return answer == null ? Answer.DONT_KNOW : answer;
    }
}
