package be.wallonie.parcours.domain.shared;

import java.util.Map;

/**
 * Which page of a collection a repository returns: pages count from 1, and a page holds at most
 * {@value #MAX_PAGE_SIZE} items (the bound of the API's collections).
 */
public record Paging(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public Paging {
        Violations violations = new Violations();
        violations.check(page >= 1, "page", ViolationCode.MINIMUM, Map.of("minimum", 1));
        violations.check(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE, "pageSize", ViolationCode.RANGE,
                Map.of("minimum", 1, "maximum", MAX_PAGE_SIZE));
        violations.throwIfAny();
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
