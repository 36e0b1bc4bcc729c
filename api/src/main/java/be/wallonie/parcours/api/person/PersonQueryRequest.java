package be.wallonie.parcours.api.person;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.PersonCriteria;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.Violations;

/** A search among the persons of the caller's CRI; every criterion is optional, those given must all hold. */
@Schema(name = "PersonQuery")
public record PersonQueryRequest(
        @Size(max = RequestBounds.NAME) @Schema(description = "part of the family or given names, at least 3 letters or digits (case and accents ignored)", example = "amra") String nameFragment,
        @Schema(example = "1993-05-02") LocalDate birthDate,
        @Size(max = 2) @Pattern(regexp = RequestBounds.COUNTRY_CODE, message = "{violation.COUNTRY_CODE}") @Schema(description = "ISO 3166-1 alpha-2", example = "MA") String nationality,
        @Size(max = RequestBounds.NATIONAL_NUMBER) @Pattern(regexp = RequestBounds.NATIONAL_NUMBER_CHARACTERS, message = "{issue.national-number-characters}") @Schema(description = "the national register number: in this body, never in a URL", example = "93.05.02-123.45") String nationalNumber,
        @Schema(description = "the status of the latest assessment", example = "OBLIGED") ObligationStatus status) {

    static final PersonQueryRequest EMPTY = new PersonQueryRequest(null, null, null, null, null);

    /**
     * @throws InvalidValueException naming every faulty criterion
     */
    PersonCriteria toCriteria() {
        Violations violations = new Violations();
        CountryCode country = nationality == null
                ? null
                : violations.nested("nationality", () -> new CountryCode(nationality));
        NationalNumber number = nationalNumber == null || nationalNumber.isBlank()
                ? null
                : violations.nested("nationalNumber", () -> NationalNumber.parse(nationalNumber));
        try {
            new PersonCriteria(nameFragment, null, null, null, null);
        } catch (InvalidValueException invalid) {
            violations.absorb(invalid);
        }
        violations.throwIfAny();
        return new PersonCriteria(nameFragment, birthDate, country, number, status);
    }
}
