package be.wallonie.parcours.domain.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.InvalidValueException.Violation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Operators are recognised by the Region for some axes; never for the reception module, which is the CRI's. */
class OperatorTest {

    private static final Address ADDRESS = new Address("Rue de Fer 1", "5000", "Namur");

    @Test
    void anOperatorIsRecognisedForItsAxes() {
        Operator ili = OperatorFixture.iliLiege();

        assertThat(ili.recognisedAxes()).containsExactly(Axis.CITIZENSHIP, Axis.FRENCH);
        assertThat(ili.isRecognisedFor(Axis.CITIZENSHIP)).isTrue();
        assertThat(ili.isRecognisedFor(Axis.SOCIO_PROFESSIONAL)).isFalse();
        assertThat(ili.active()).isTrue();
        assertThat(ili.kind()).isEqualTo(OperatorKind.ILI);
    }

    @Test
    void recognitionsAreGrantedAndWithdrawn() {
        Operator cisp = OperatorFixture.cispSeraing();

        cisp.recognise(Axis.SOCIO_PROFESSIONAL);
        cisp.withdrawRecognition(Axis.FRENCH);

        assertThat(cisp.recognisedAxes()).containsExactly(Axis.SOCIO_PROFESSIONAL);
    }

    @Test
    void recognisingExactlyASetAddsTheNewAxesAndWithdrawsTheOthers() {
        Operator ili = OperatorFixture.iliLiege();

        ili.recogniseExactly(EnumSet.of(Axis.FRENCH, Axis.SOCIO_PROFESSIONAL));

        assertThat(ili.recognisedAxes()).containsExactly(Axis.FRENCH, Axis.SOCIO_PROFESSIONAL);
    }

    @Test
    void aSetWithTheReceptionModuleIsRefusedAsAWhole() {
        Operator ili = OperatorFixture.iliLiege();

        assertThatThrownBy(() -> ili.recogniseExactly(EnumSet.of(Axis.SOCIO_PROFESSIONAL, Axis.RECEPTION)))
                .isInstanceOf(InvalidValueException.class);

        assertThat(ili.recognisedAxes()).containsExactly(Axis.CITIZENSHIP, Axis.FRENCH);
    }

    @Test
    void anOperatorIsReclassifiedButNeverWithoutAKind() {
        Operator cisp = OperatorFixture.cispSeraing();

        cisp.reclassify(OperatorKind.SCHOOL);

        assertThat(cisp.kind()).isEqualTo(OperatorKind.SCHOOL);
        assertThatThrownBy(() -> cisp.reclassify(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void noOperatorIsRecognisedForTheReceptionModule() {
        assertThatThrownBy(() -> new Operator("CRI-X", "CRI X", OperatorKind.CRI, EnumSet.of(Axis.RECEPTION), ADDRESS))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anOperatorHasACodeANameAKindAndAnAddress() {
        assertThatThrownBy(() -> new Operator("ili namur", " ", null, EnumSet.noneOf(Axis.class), null))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("code", "kind"));
        assertThatThrownBy(() -> new Operator("ILI-NAMUR", " ", OperatorKind.ILI, EnumSet.noneOf(Axis.class), null))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.violations())
                        .extracting(Violation::field).containsExactly("name", "address"));
    }
}
