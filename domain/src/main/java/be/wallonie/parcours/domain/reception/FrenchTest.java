package be.wallonie.parcours.domain.reception;

import be.wallonie.parcours.domain.shared.Violations;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The French level test (<i>test de positionnement</i>) of the reception module.
 *
 * @param takenOn the day of the test
 * @param level   the level it found
 */
@Embeddable
public record FrenchTest(@Column(name = "french_test_taken_on") LocalDate takenOn,
        @Enumerated(EnumType.STRING) @Column(name = "french_test_level") CefrLevel level) {

    public FrenchTest {
        Violations violations = new Violations();
        violations.require(takenOn, "takenOn");
        violations.require(level, "level");
        violations.throwIfAny();
    }
}
