package be.wallonie.parcours.api.shared;

/**
 * Which page of a collection a client asks for: {@code page} from 1 to {@value #MAX_PAGE}, {@code pageSize} from 1 to
 * {@value #MAX_PAGE_SIZE}. The resources declare these bounds on their query parameters with Bean Validation
 * ({@code @Min(1) @Max(PageRequest.MAX_PAGE) Integer page}), which answers 400 beyond them.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 200;
    /** Far beyond any collection of the API (20 million items at the largest page size). */
    public static final int MAX_PAGE = 100_000;

    /** From the query parameters, already within their bounds; absent means page 1 of {@value #DEFAULT_PAGE_SIZE}. */
    public static PageRequest of(Integer page, Integer pageSize) {
        return new PageRequest(page == null ? 1 : page, pageSize == null ? DEFAULT_PAGE_SIZE : pageSize);
    }
}
