package be.wallonie.parcours.api.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The names of the fields a change touched, for an {@link AdministrationAudit} record (never their values). */
public final class FieldChanges {

    private final List<String> fields = new ArrayList<>();

    /** Notes {@code field} when its value changed. */
    public FieldChanges compare(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
        return this;
    }

    public List<String> fields() {
        return List.copyOf(fields);
    }
}
