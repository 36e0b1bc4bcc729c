package be.wallonie.parcours.api.person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.obligation.PlausibleDates;
import be.wallonie.parcours.api.shared.RequestBounds;
import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.obligation.StudyStatus;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.Contact;
import be.wallonie.parcours.domain.person.DispenseFacts;
import be.wallonie.parcours.domain.person.Identity;
import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.PersonName;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.LanguageCode;
import be.wallonie.parcours.domain.shared.NisCode;
import be.wallonie.parcours.domain.shared.Violations;

/**
 * A newcomer's record, as the intake ({@code POST /persons}) and an update ({@code PUT /persons/{id}}, which replaces
 * the whole record) send it. Form is checked by Jackson, bounds and formats by Bean Validation (ADR 0020); the domain
 * checks everything else and names every faulty field at once.
 */
@Schema(name = "PersonRequest")
public record PersonRequest(
        @Size(max = RequestBounds.NAME) @Schema(required = true, example = "El Amrani") String lastName,
        @Size(max = RequestBounds.NAME) @Schema(description = "the given names, in order; empty for a single name", example = "Yasmina") String firstNames,
        @Schema(required = true, example = "1993-05-02") LocalDate birthDate,
        @Size(max = 2) @Pattern(regexp = RequestBounds.COUNTRY_CODE, message = "{violation.COUNTRY_CODE}") @Schema(required = true, description = "ISO 3166-1 alpha-2", example = "MA") String nationality,
        @Size(max = RequestBounds.NATIONAL_NUMBER) @Pattern(regexp = RequestBounds.NATIONAL_NUMBER_CHARACTERS, message = "{issue.national-number-characters}") @Schema(description = "the national register (or BIS) number, 11 digits, dots and dashes allowed; optional at intake. Personal data: only ever in a body", example = "93.05.02-123.45") String nationalNumber,
        @Size(max = 5) @Pattern(regexp = RequestBounds.NIS_CODE, message = "{issue.nis-code}") @Schema(required = true, description = "5-digit NIS code of the commune of residence; an old code resolves to its successor", example = "62063") String communeNis,
        @Valid @Schema(description = "how the CRI reaches the person") ContactRequest contact,
        @Size(max = 3) @Pattern(regexp = RequestBounds.LANGUAGE_CODE, message = "{issue.language-code}") @Schema(description = "ISO 639 code of the language to use with the person", example = "fr") String preferredLanguage,
        @Size(max = 3) @Pattern(regexp = RequestBounds.LANGUAGE_CODE, message = "{issue.language-code}") @Schema(description = "ISO 639 code of the interpreter's language; null when none is needed", example = "ar") String interpreterLanguage,
        @Schema(description = "receives aid from the CPAS (default false)") Boolean cpasBeneficiary,
        @Size(max = RequestBounds.PERIODS) @Schema(description = "every residence permit of the person") List<@Valid PermitRequest> permits,
        @Size(max = RequestBounds.PERIODS) @Schema(description = "every period of work (dispense D4)") List<@Valid EmploymentRequest> employment,
        @Schema(description = "the other facts that can dispense (D1, D2, D5, D7)") DispenseFactsRequest dispenseFacts,
        @Schema(description = "intake only: the agent checked the likely duplicates and this is another person", example = "false") Boolean confirmedNotDuplicate) {

    /** An absent body: every required field is missing. */
    static final PersonRequest EMPTY = new PersonRequest(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    @Schema(name = "PersonContact")
    public record ContactRequest(
            @Size(max = RequestBounds.STREET) @Schema(example = "Rue Léopold 12") String street,
            @Size(max = 4) @Pattern(regexp = RequestBounds.POSTAL_CODE, message = "{issue.postal-code}") @Schema(example = "4000") String postalCode,
            @Size(max = RequestBounds.LOCALITY) @Schema(example = "Liège") String locality,
            @Size(max = RequestBounds.PHONE) @Schema(example = "+32 470 12 34 56") String phone,
            @Size(max = RequestBounds.EMAIL) @Schema(example = "yasmina@example.org") String email) {
    }

    @Schema(name = "PersonPermit")
    public record PermitRequest(
            @Schema(description = "the card's letter, null until issued", example = "A") CardType cardType,
            @Schema(required = true, example = "FAMILY_REUNIFICATION") PermitType permitType,
            @Schema(required = true, example = "2025-03-10") LocalDate orderDate,
            @Schema(example = "2025-04-02") LocalDate issueDate,
            @Min(1) @Max(RequestBounds.PERMIT_MONTHS) @Schema(description = "validity in months (default 12)", example = "12") Integer validityMonths,
            @Schema(description = "first day of legal stay, earlier permits included (default orderDate)", example = "2025-02-01") LocalDate legalStayStart,
            @Schema(description = "default NONE") FamilyLink familyLink) {
    }

    @Schema(name = "PersonEmployment")
    public record EmploymentRequest(
            @Schema(required = true, example = "2025-06-02") LocalDate start,
            @Schema(description = "last day; null while ongoing", example = "2025-12-31") LocalDate end,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Schema(required = true, description = "0 < fraction <= 1", example = "0.5") BigDecimal fraction) {
    }

    @Schema(name = "PersonDispenseFacts")
    public record DispenseFactsRequest(
            @Schema(description = "default NONE") StudyStatus studyStatus,
            @Schema(description = "D2 (default false)") Boolean belgianDiploma,
            @Schema(description = "D1 (default false)") Boolean medicalCertificate,
            @Schema(description = "D7 (default false)") Boolean priorAttestation) {
    }

    /** The request as domain values. */
    record Details(Identity identity, NisCode commune, Contact contact, LanguageCode preferredLanguage,
            LanguageCode interpreterLanguage, boolean cpasBeneficiary, DispenseFacts dispenseFacts,
            List<ResidencePermit> permits, List<EmploymentPeriod> employment) {
    }

    /**
     * @throws InvalidValueException naming every faulty field
     */
    Details toDetails() {
        Violations violations = new Violations();
        PersonName name = null;
        try {
            name = new PersonName(lastName, firstNames);
        } catch (InvalidValueException invalid) {
            violations.absorb(invalid);
        }
        violations.require(birthDate, "birthDate");
        PlausibleDates.check(violations, "birthDate", birthDate);
        CountryCode country = violations.nested("nationality", () -> new CountryCode(nationality));
        NationalNumber number = nationalNumber == null || nationalNumber.isBlank()
                ? null
                : violations.nested("nationalNumber", () -> NationalNumber.parse(nationalNumber));
        NisCode commune = violations.nested("communeNis", () -> new NisCode(communeNis));
        Contact theContact = contact == null ? Contact.NONE : contact(violations);
        LanguageCode preferred = language(violations, "preferredLanguage", preferredLanguage);
        LanguageCode interpreter = language(violations, "interpreterLanguage", interpreterLanguage);
        List<ResidencePermit> thePermits = new ArrayList<>();
        for (int index = 0; permits != null && index < permits.size(); index++) {
            PermitRequest permit = permits.get(index);
            String field = "permits[" + index + "]";
            if (permit == null) {
                violations.require(null, field);
                continue;
            }
            PlausibleDates.check(violations, field + ".orderDate", permit.orderDate());
            add(thePermits, violations.nested(field, () -> new ResidencePermit(permit.cardType(), permit.permitType(),
                    permit.orderDate(), permit.issueDate(),
                    permit.validityMonths() == null ? 12 : permit.validityMonths(), permit.legalStayStart(),
                    permit.familyLink())));
        }
        List<EmploymentPeriod> periods = new ArrayList<>();
        for (int index = 0; employment != null && index < employment.size(); index++) {
            EmploymentRequest period = employment.get(index);
            String field = "employment[" + index + "]";
            if (period == null) {
                violations.require(null, field);
                continue;
            }
            PlausibleDates.check(violations, field + ".start", period.start());
            PlausibleDates.check(violations, field + ".end", period.end());
            // kept with four decimals, as stored: an unchanged period compares equal after a round trip
            BigDecimal fraction = period.fraction() == null
                    ? null
                    : period.fraction().setScale(4, RoundingMode.HALF_UP);
            add(periods, violations.nested(field, () -> new EmploymentPeriod(period.start(), period.end(), fraction)));
        }
        DispenseFacts dispense = dispenseFacts == null
                ? DispenseFacts.NONE
                : new DispenseFacts(dispenseFacts.studyStatus(), Boolean.TRUE.equals(dispenseFacts.belgianDiploma()),
                        Boolean.TRUE.equals(dispenseFacts.medicalCertificate()),
                        Boolean.TRUE.equals(dispenseFacts.priorAttestation()));
        violations.throwIfAny();
        Identity identity = new Identity(name, birthDate, country, number);
        return new Details(identity, commune, theContact, preferred, interpreter, Boolean.TRUE.equals(cpasBeneficiary),
                dispense, thePermits, periods);
    }

    private Contact contact(Violations violations) {
        boolean anyAddressPart = contact.street() != null || contact.postalCode() != null
                || contact.locality() != null;
        Address address = anyAddressPart
                ? violations.nested("contact",
                        () -> new Address(contact.street(), contact.postalCode(), contact.locality()))
                : null;
        Contact result = violations.nested("contact", () -> new Contact(address, contact.phone(), contact.email()));
        return result == null ? Contact.NONE : result;
    }

    private static LanguageCode language(Violations violations, String field, String code) {
        return code == null || code.isBlank() ? null : violations.nested(field, () -> new LanguageCode(code));
    }

    private static <T> void add(List<T> list, T value) {
        if (value != null) {
            list.add(value);
        }
    }

}
