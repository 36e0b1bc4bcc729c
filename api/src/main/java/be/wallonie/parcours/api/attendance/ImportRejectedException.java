package be.wallonie.parcours.api.attendance;

import java.util.List;

/**
 * An attendance file imported {@code allOrNothing} with at least one line in error: nothing of it is recorded (the
 * exception rolls the import's transaction back), and the client gets the errors of each line (422
 * {@code urn:parcours:problem:import-rejected}).
 */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public ImportRejectedException(ImportReport report) {
        super("The file has " + report.rejected() + " lines in error: nothing was recorded");
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }

    public List<ImportReport.LineError> errors() {
        return report.errors();
    }
}
