package be.wallonie.parcours.domain.person;

/**
 * The letter of the Belgian residence card (<i>carte de séjour</i>) issued on the permit. The card shows the kind of
 * stay; the basis of the permit, which the obligation rules read, is a
 * {@link be.wallonie.parcours.domain.obligation.PermitType}.
 */
public enum CardType {
    /** Limited stay (also issued for temporary protection). */
    A,
    /** Unlimited stay. */
    B,
    /** Settlement (issued until 2021). */
    C,
    /** EU long-term resident (issued until 2021). */
    D,
    /** Registration certificate of a Union citizen. */
    E,
    /** Permanent residence of a Union citizen. */
    E_PLUS,
    /** Residence card of a family member of a Union citizen. */
    F,
    /** Permanent residence card of a family member of a Union citizen. */
    F_PLUS,
    /** EU Blue Card. */
    H,
    /** Intra-corporate transferee. */
    I,
    /** Long-term mobility of an intra-corporate transferee. */
    J,
    /** Settlement (since 2021). */
    K,
    /** EU long-term resident (since 2021). */
    L,
    /** Withdrawal Agreement beneficiary (United Kingdom national or family member). */
    M,
    /** Permanent residence of a Withdrawal Agreement beneficiary. */
    M_PLUS,
    /** Local border traffic of a Withdrawal Agreement beneficiary. */
    N,
    /** A paper document (an annex of the royal decree of 8 October 1981) or any other proof of stay. */
    OTHER
}
