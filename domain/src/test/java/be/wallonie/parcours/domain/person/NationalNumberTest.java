package be.wallonie.parcours.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;

/** The national register number: 11 digits whose last two are 97 minus the first nine modulo 97. */
class NationalNumberTest {

    @Test
    void checkDigitsOfAPersonBornBefore2000AreComputedOnTheNineDigits() {
        NationalNumber number = new NationalNumber("85073003328");

        assertThat(number.value()).isEqualTo("85073003328");
        assertThat(number.bornIn2000OrLater()).isFalse();
    }

    @Test
    void checkDigitsOfAPersonBornIn2000OrLaterAreComputedWithATwoInFront() {
        NationalNumber number = new NationalNumber("01021534545");

        assertThat(number.bornIn2000OrLater()).isTrue();
    }

    @Test
    void aRemainderOfZeroGivesCheckDigits97() {
        assertThat(new NationalNumber("00000009797").value()).isEqualTo("00000009797");
    }

    @Test
    void wrongCheckDigitsAreRejected() {
        assertThatThrownBy(() -> new NationalNumber("85073003329"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(ViolationCode.NATIONAL_NUMBER_CHECK_DIGITS.name());
    }

    @Test
    void anythingButElevenDigitsIsRejected() {
        for (String invalid : new String[]{"8507300332", "850730033281", "8507300332A", "", null}) {
            assertThatThrownBy(() -> new NationalNumber(invalid)).as(String.valueOf(invalid))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Test
    void numbersAreReadWithDotsDashesAndSpaces() {
        assertThat(NationalNumber.parse("85.07.30-033.28")).isEqualTo(new NationalNumber("85073003328"));
        assertThat(NationalNumber.parse(" 85 07 30 033 28 ")).isEqualTo(new NationalNumber("85073003328"));
    }

    @Test
    void numbersArePrintedAsTheRegisterPrintsThem() {
        assertThat(new NationalNumber("85073003328").formatted()).isEqualTo("85.07.30-033.28");
    }

    @Test
    void theNumberNeverReachesALogThroughToString() {
        assertThat(new NationalNumber("85073003328").toString()).doesNotContain("850730").doesNotContain("28");
    }

    @Test
    void messagesDoNotRepeatTheValue() {
        assertThatThrownBy(() -> new NationalNumber("85073003329")).hasMessageNotContaining("850730");
    }
}
