package be.wallonie.parcours.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a collection, as the Belgian REST guide shapes it.
 *
 * @param items    the items of this page
 * @param page     the page number, from 1
 * @param pageSize the page size asked for
 * @param total    how many items the whole collection holds
 */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total must count at least the items of the page");
        }
    }

    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        Objects.requireNonNull(paging, "paging");
        return new Page<>(items, paging.page(), paging.pageSize(), total);
    }

    /** The same page with each item mapped, for example to a response. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, pageSize, total);
    }
}
