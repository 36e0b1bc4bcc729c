package be.wallonie.parcours.domain.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The named facts that explain a refusal or a violation ({@code state}, {@code axis}, {@code hours}, {@code startDate},
 * {@code maximum}), kept as typed values beside its stable code: enum constants, dates, numbers, codes, and collections
 * of them (a collection is kept as a list, in natural order). An adapter renders them in the reader's language; the domain never writes the sentence a client reads.
 * Never a personal value (a name, a national number, another tenant's record).
 */
final class Arguments {

    private Arguments() {
    }

    /** The arguments sorted by name, without those whose value is unknown ({@code null}). */
    static Map<String, Object> of(Map<String, ?> arguments) {
        Map<String, Object> sorted = new TreeMap<>();
        if (arguments != null) {
            arguments.forEach((name, value) -> {
                if (name != null && value != null) {
                    sorted.put(name, value instanceof Collection<?> values ? frozen(values) : value);
                }
            });
        }
        return Collections.unmodifiableMap(sorted);
    }

    /** A copy, in natural order when the elements have one (axes, states): the set of a record may change later. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Object> frozen(Collection<?> values) {
        List<Object> copy = new ArrayList<>(values);
        copy.removeIf(Objects::isNull);
        if (copy.stream().allMatch(Comparable.class::isInstance)) {
            copy.sort((a, b) -> ((Comparable) a).compareTo(b));
        }
        return List.copyOf(copy);
    }
}
