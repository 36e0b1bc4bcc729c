package be.wallonie.parcours.domain.reception;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The need found in one domain of the social review.
 *
 * @param level how much support is needed
 * @param notes what the social worker noted, or {@code null}
 */
@Embeddable
public record Need(@Enumerated(EnumType.STRING) @Column(name = "need_level") NeedLevel level,
        @Column(name = "notes", columnDefinition = "text") String notes) {

    public Need {
        Objects.requireNonNull(level, "level");
        notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public static Need none() {
        return new Need(NeedLevel.NONE, null);
    }
}
