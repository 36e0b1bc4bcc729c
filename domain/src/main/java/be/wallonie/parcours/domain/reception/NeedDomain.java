package be.wallonie.parcours.domain.reception;

/** The domains the social review (<i>bilan social</i>) goes through, each with its need. */
public enum NeedDomain {
    /** <i>Logement</i>. */
    HOUSING,
    /** <i>Santé</i>. */
    HEALTH,
    /** <i>Français</i>. */
    FRENCH,
    /** <i>Emploi et formation</i>. */
    WORK_AND_TRAINING,
    /** <i>Citoyenneté</i>. */
    CITIZENSHIP,
    /** <i>Enfants et jeunesse</i>. */
    CHILDREN_AND_YOUTH
}
