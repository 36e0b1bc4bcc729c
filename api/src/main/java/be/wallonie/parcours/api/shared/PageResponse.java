package be.wallonie.parcours.api.shared;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import be.wallonie.parcours.api.shared.ResponseBounds;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.function.Function;

/**
 * A page of a collection, as the Belgian REST guide shapes it.
 *
 * @param items the items of this page
 * @param page the page number, from 1
 * @param pageSize the page size asked for
 * @param total how many items the whole collection holds
 */
public record PageResponse<T>(@Schema(maxItems = PageRequest.MAX_PAGE_SIZE) List<T> items,
        @Schema(minimum = "1", maximum = "2147483647") int page,
        @Schema(minimum = "1", maximum = "" + PageRequest.MAX_PAGE_SIZE) int pageSize,
        @Schema(minimum = "0", maximum = ResponseBounds.COUNT) long total) {

    /** A page the repository cut, with each item mapped. */
    public static <S, T> PageResponse<T> of(be.wallonie.parcours.domain.shared.Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.pageSize(),
                page.total());
    }

    /** One page of a list already in memory. */
    public static <S, T> PageResponse<T> of(List<S> all, PageRequest request, Function<S, T> mapper) {
        int from = Math.min(all.size(), (request.page() - 1) * request.pageSize());
        int to = Math.min(all.size(), from + request.pageSize());
        return new PageResponse<>(all.subList(from, to).stream().map(mapper).toList(), request.page(),
                request.pageSize(), all.size());
    }
}
