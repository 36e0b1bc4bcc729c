package be.wallonie.parcours.api.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.problem.ProblemException;

/**
 * Collects what is wrong with a request's fields, to answer every issue at once (400 validation), each naming its
 * field.
 */
public final class RequestIssues {

    private final List<FieldIssue> issues = new ArrayList<>();

    public <T> T required(T value, String field) {
        if (value == null) {
            issues.add(new FieldIssue(field, "issue.required"));
        }
        return value;
    }

    /** A text that must hold more than blanks; returned stripped. */
    public String text(String value, String field) {
        if (value == null || value.isBlank()) {
            issues.add(new FieldIssue(field, "issue.required"));
            return null;
        }
        return value.strip();
    }

    /** A day that has already come: staff record what happened, not what is planned. */
    public LocalDate notInFuture(LocalDate day, LocalDate today, String field) {
        if (day != null && day.isAfter(today)) {
            issues.add(new FieldIssue(field, "issue.future-date"));
        }
        return day;
    }

    public void add(String field, String messageKey, Object... arguments) {
        issues.add(new FieldIssue(field, messageKey, arguments));
    }

    public void throwIfAny() {
        if (!issues.isEmpty()) {
            throw ProblemException.invalid(issues.toArray(FieldIssue[]::new));
        }
    }
}
