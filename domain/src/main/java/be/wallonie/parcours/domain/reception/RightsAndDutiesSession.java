package be.wallonie.parcours.domain.reception;

import be.wallonie.parcours.domain.shared.LanguageCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The information session on rights and duties (<i>séance d'information sur les droits et devoirs</i>) of the
 * reception module, with an interpreter when the person needs one (free of charge).
 *
 * @param heldOn              the day of the session
 * @param format              individual or in a group
 * @param interpreterLanguage the interpreter's language (ISO 639), or {@code null} without an interpreter
 */
@Embeddable
public record RightsAndDutiesSession(@Column(name = "session_held_on") LocalDate heldOn,
        @Enumerated(EnumType.STRING) @Column(name = "session_format") SessionFormat format,
        @Column(name = "session_interpreter_language") String interpreterLanguage) {

    public RightsAndDutiesSession {
        Violations violations = new Violations();
        violations.require(heldOn, "heldOn");
        violations.require(format, "format");
        if (interpreterLanguage != null) {
            violations.nested("interpreterLanguage", () -> new LanguageCode(interpreterLanguage));
        }
        violations.throwIfAny();
    }

    public Optional<LanguageCode> interpreter() {
        return Optional.ofNullable(interpreterLanguage).map(LanguageCode::new);
    }
}
