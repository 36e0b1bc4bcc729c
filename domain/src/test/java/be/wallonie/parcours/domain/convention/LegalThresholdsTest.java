package be.wallonie.parcours.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.reception.CefrLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What completes each axis, from the day the decree of 8 November 2018 applies. */
class LegalThresholdsTest {

    private static final LocalDate DECREE_2018 = LocalDate.of(2018, 12, 17);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void citizenshipIsSixtyHoursFromTheDecreeOf2018() {
        AxisRequirement citizenship = LegalThresholds.requirementFor(Axis.CITIZENSHIP, TODAY);

        assertThat(citizenship.minimumHours()).isEqualTo(60);
        assertThat(citizenship.validFrom()).isEqualTo(DECREE_2018);
        assertThat(citizenship.isMetBy(new BigDecimal("59.75"))).isFalse();
        assertThat(citizenship.isMetBy(new BigDecimal("60"))).isTrue();
        assertThat(citizenship.levelThatCompletes()).isEmpty();
        assertThat(citizenship.releasable()).isFalse();
    }

    @Test
    void frenchIsFourHundredHoursOrACertificateOfA2() {
        AxisRequirement french = LegalThresholds.requirementFor(Axis.FRENCH, DECREE_2018);

        assertThat(french.minimumHours()).isEqualTo(400);
        assertThat(french.isCompletedByLevel(CefrLevel.A2)).isTrue();
        assertThat(french.isCompletedByLevel(CefrLevel.C1)).isTrue();
        assertThat(french.isCompletedByLevel(CefrLevel.A1)).isFalse();
    }

    @Test
    void socioProfessionalOrientationIsFourHoursOrARelease() {
        AxisRequirement orientation = LegalThresholds.requirementFor(Axis.SOCIO_PROFESSIONAL, TODAY);

        assertThat(orientation.minimumHours()).isEqualTo(4);
        assertThat(orientation.releasable()).isTrue();
        assertThat(orientation.isCompletedByLevel(CefrLevel.C2)).isFalse();
    }

    @Test
    void theReceptionModuleIsCompletedByItsPartsNotByHours() {
        AxisRequirement reception = LegalThresholds.requirementFor(Axis.RECEPTION, TODAY);

        assertThat(reception.minimumHours()).isZero();
        assertThat(reception.validFrom()).isEqualTo(LocalDate.of(2016, 5, 19));
    }

    @Test
    void noThresholdIsKeptBeforeTheDecreeOf2018() {
        assertThatThrownBy(() -> LegalThresholds.requirementFor(Axis.FRENCH, DECREE_2018.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRequirementCitesItsLegalSource() {
        assertThat(LegalThresholds.history()).allSatisfy(requirement -> assertThat(requirement.legalSource())
                .contains("ecree"));
        assertThat(LegalThresholds.history()).extracting(AxisRequirement::axis).containsExactlyInAnyOrder(
                Axis.values());
    }
}
