package be.wallonie.parcours.api.attendance;

/**
 * An attendance file refused as a whole, before or while its lines are read: nothing of it is to be recorded (the
 * caller reads the file within one transaction, which this exception rolls back).
 */
public class CsvFileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the file is refused. */
    public enum Reason {
        /** The file is not UTF-8. */
        NOT_UTF8("csv.file.not-utf8"),
        /** The file is empty: the header line is required. */
        MISSING_HEADER("csv.file.missing-header"),
        /** The first line does not name the columns {@code enrolmentId;sessionDate;hours[;reference]}. */
        UNKNOWN_HEADER("csv.file.unknown-header"),
        /** The file has more data lines than a file may hold. */
        TOO_MANY_LINES("csv.file.too-many-lines");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public CsvFileRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The key of the message in the API's message bundles. */
    public String messageKey() {
        return reason.messageKey();
    }
}
