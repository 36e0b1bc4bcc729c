package be.wallonie.parcours.domain.convention;

/**
 * The four axes of the integration programme (<i>axes du parcours</i>, domain rules §5). The convention lists those
 * the person must complete; they can be done in any order. What completes each is in {@link LegalThresholds}.
 */
public enum Axis {
    /** Axis 1, the reception module (<i>module d'accueil</i>) run by the CRI: always required, always first. */
    RECEPTION,
    /** Axis 2, citizenship training (<i>formation à la citoyenneté</i>) by a recognised operator. */
    CITIZENSHIP,
    /** Axis 3, French as a foreign language (<i>FLE</i>), when the French test is below A2. */
    FRENCH,
    /** Axis 4, socio-professional orientation (<i>orientation socioprofessionnelle</i>, ISP). */
    SOCIO_PROFESSIONAL
}
