package be.wallonie.parcours.domain.operator;

/** The kinds of operators the Walloon Region recognises for the axes of the programme (domain rules §1). */
public enum OperatorKind {
    /** <i>Initiative locale d'intégration</i>: citizenship and French. */
    ILI,
    /** The Walloon public employment and training service: French and socio-professional orientation. */
    FOREM,
    /** <i>Centre d'insertion socioprofessionnelle</i>: French. */
    CISP,
    /** A school of the Fédération Wallonie-Bruxelles (<i>promotion sociale</i>): French. */
    SCHOOL,
    /** A public authority, such as a commune or a CPAS, giving a recognised training. */
    PUBLIC_AUTHORITY,
    /** An association of <i>éducation permanente</i>: French. */
    EDUCATION_PERMANENTE,
    /** A regional integration centre, for socio-professional orientation. */
    CRI
}
