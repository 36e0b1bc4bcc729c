package be.wallonie.parcours.api.shared;

import java.util.ArrayList;
import java.util.List;

import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;

/** Which page of a collection a client asks for: page from 1, pageSize from 1 to {@value #MAX_PAGE_SIZE}. */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;

    /** From the query parameters; absent means page 1 of {@value #DEFAULT_PAGE_SIZE}; out of range answers 400. */
    public static PageRequest of(Integer page, Integer pageSize) {
        int actualPage = page == null ? 1 : page;
        int actualSize = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
        List<FieldIssue> issues = new ArrayList<>();
        if (actualPage < 1) {
            issues.add(new FieldIssue("page", "issue.page"));
        }
        if (actualSize < 1 || actualSize > MAX_PAGE_SIZE) {
            issues.add(new FieldIssue("pageSize", "issue.page-size", MAX_PAGE_SIZE));
        }
        if (!issues.isEmpty()) {
            throw ProblemException.invalid(issues.toArray(FieldIssue[]::new));
        }
        return new PageRequest(actualPage, actualSize);
    }
}
