package be.wallonie.parcours.domain.territory;

/** A change of territory that the rules forbid. */
public class TerritoryException extends RuntimeException {

    /** Why the change is refused. */
    public enum Reason {
        /** The Walloon programme does not apply in the German-speaking communes: no CRI can serve them. */
        GERMAN_SPEAKING_COMMUNE,
        /** The commune is already served by that CRI. */
        SAME_CRI,
        /** A reassignment must say why. */
        REASON_REQUIRED
    }

    private final Reason reason;

    public TerritoryException(Reason reason, String nisCode) {
        super(reason + " for commune " + nisCode);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
