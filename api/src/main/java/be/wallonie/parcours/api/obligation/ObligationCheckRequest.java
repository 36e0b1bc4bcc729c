package be.wallonie.parcours.api.obligation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationFacts;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.obligation.StudyStatus;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.NisCode;
import be.wallonie.parcours.domain.shared.Violations;

/**
 * The facts of one person, as the obligation-check contract names them. Form is checked by Jackson (dates, numbers,
 * enumerations), bounds and formats by Bean Validation (ADR 0020); everything else, required fields included, is
 * checked by the domain, which names every faulty field at once.
 */
@Schema(name = "ObligationCheckRequest")
public record ObligationCheckRequest(
        @Schema(description = "the day the assessment is made (default: today, Brussels time); employment (D4) is judged on it", example = "2023-06-01") LocalDate asOf,
        @Schema(required = true, description = "age (D3) is taken on the permit order date", example = "1993-05-02") LocalDate birthDate,
        @Size(max = 2) @Pattern(regexp = RequestBounds.COUNTRY_CODE, message = "{violation.COUNTRY_CODE}") @Schema(required = true, description = "ISO 3166-1 alpha-2 in upper case; BE for a Belgian", example = "MA") String nationality,
        @Size(max = 5) @Pattern(regexp = RequestBounds.NIS_CODE, message = "{issue.nis-code}") @Schema(required = true, description = "5-digit NIS code of the commune of residence; an old code resolves to its successor", example = "62063") String communeNis,
        @Valid @Schema(description = "the residence permit; null or absent: no permit") Permit permit,
        @Schema(description = "first day of legal stay in Belgium (default: permit.orderDate)", example = "2023-02-01") LocalDate legalStayStart,
        @Schema(description = "family link the permit rests on (default NONE)") FamilyLink familyMemberOf,
        @Size(max = RequestBounds.PERIODS) @Schema(description = "work periods (D4)") List<@Valid Employment> employment,
        @Schema(description = "D5 (default NONE)") StudyStatus studyStatus,
        @Schema(description = "D2: certificate or diploma of Belgian education (default false)") Boolean belgianDiploma,
        @Schema(description = "D1: following the programme is medically impossible (default false)") Boolean medicalCertificate,
        @Schema(description = "D7: already holds an integration attestation (default false)") Boolean priorAttestation) {

    /** An absent body: every required field is missing. */
    static final ObligationCheckRequest EMPTY = new ObligationCheckRequest(null, null, null, null, null, null, null,
            null, null, null, null, null);

    /** The residence permit. */
    @Schema(name = "ObligationCheckPermit")
    public record Permit(
            @Schema(required = true, example = "FAMILY_REUNIFICATION") PermitType type,
            @Schema(required = true, description = "the day the permit was ordered at the commune: start of the deadline and reference date of the assessment", example = "2023-03-10") LocalDate orderDate,
            @Min(1) @Max(RequestBounds.PERMIT_MONTHS) @Schema(description = "validity in months (default 12); 3 or less is a short permit", example = "12") Integer validityMonths) {
    }

    /** A continuous period of work. */
    @Schema(name = "ObligationCheckEmployment")
    public record Employment(
            @Schema(required = true, example = "2023-01-09") LocalDate start,
            @Schema(description = "last day; null while ongoing", example = "2023-12-31") LocalDate end,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Schema(required = true, description = "work-time fraction, 0 < fraction <= 1 (1 is full time)", example = "0.5") BigDecimal fraction) {
    }

    /**
     * The domain's facts, {@code asOf} defaulting to {@code today}.
     *
     * @throws InvalidValueException naming every faulty field, dates out of {@link PlausibleDates} included
     */
    ObligationFacts toFacts(LocalDate today, Function<NisCode, Optional<CommuneOfResidence>> communes) {
        ObligationFacts.Builder facts = ObligationFacts.builder()
                .asOf(asOf == null ? today : asOf)
                .birthDate(birthDate)
                .nationality(nationality)
                .communeNis(communeNis, communes)
                .legalStayStart(legalStayStart)
                .familyMemberOf(familyMemberOf)
                .studyStatus(studyStatus)
                .belgianDiploma(belgianDiploma)
                .medicalCertificate(medicalCertificate)
                .priorAttestation(priorAttestation);
        if (permit != null) {
            facts.permit(permit.type(), permit.orderDate(), permit.validityMonths());
        }
        if (employment != null) {
            for (Employment period : employment) {
                facts = period == null
                        ? facts.employment(null, null, null)
                        : facts.employment(period.start(), period.end(), period.fraction());
            }
        }
        Violations violations = datesOutOfRange();
        try {
            ObligationFacts built = facts.build();
            violations.throwIfAny();
            return built;
        } catch (InvalidValueException invalid) {
            violations.absorb(invalid);
            violations.throwIfAny();
            throw invalid;
        }
    }

    private Violations datesOutOfRange() {
        Violations violations = new Violations();
        PlausibleDates.check(violations, "asOf", asOf);
        PlausibleDates.check(violations, "birthDate", birthDate);
        PlausibleDates.check(violations, "legalStayStart", legalStayStart);
        if (permit != null) {
            PlausibleDates.check(violations, "permit.orderDate", permit.orderDate());
        }
        for (int index = 0; employment != null && index < employment.size(); index++) {
            Employment period = employment.get(index);
            if (period != null) {
                PlausibleDates.check(violations, "employment[" + index + "].start", period.start());
                PlausibleDates.check(violations, "employment[" + index + "].end", period.end());
            }
        }
        return violations;
    }
}
