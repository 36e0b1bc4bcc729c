package be.wallonie.parcours.domain.audit;

/** What was done with a person's data. A new value needs a migration (the column's CHECK lists them). */
public enum AuditAction {
    /** A person was registered. */
    CREATE,
    /** A person's record, assessments or audit trail were read. */
    READ,
    /** A person's record was changed. */
    UPDATE,
    /** A person was among the results of a search. */
    SEARCH,
    /** The obligation rules assessed the person and the verdict was stored. */
    ASSESS,
    /** A copy of a person's data was given to someone outside the CRI: a commune, a CPAS, a training operator. */
    DISCLOSE,
    /** A person's records were exported (a file of attendance lines, for example). */
    EXPORT
}
