package be.wallonie.parcours.domain.audit;

/** How the recorded action ended. */
public enum AuditOutcome {
    /** The action was carried out (a write's event commits with the write). */
    SUCCESS
}
