package be.wallonie.parcours.api.person;

import be.wallonie.parcours.api.shared.ResponseBounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import be.wallonie.parcours.api.person.PersonRequest.ContactRequest;
import be.wallonie.parcours.api.person.PersonRequest.DispenseFactsRequest;
import be.wallonie.parcours.api.person.PersonRequest.EmploymentRequest;
import be.wallonie.parcours.api.person.PersonRequest.PermitRequest;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.person.Contact;
import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.shared.LanguageCode;

/** A newcomer's record, with the current obligation assessment. */
@Schema(name = "Person")
public record PersonResponse(
        @Schema(example = "0b8f3c1e-4a5d-4c1f-9a51-2f0c6d7e8a90") UUID id,
        @Schema(maxLength = ResponseBounds.NAME, example = "El Amrani") String lastName,
        @Schema(maxLength = ResponseBounds.NAME, example = "Yasmina") String firstNames,
        @Schema(example = "1993-05-02") LocalDate birthDate,
        @Schema(maxLength = ResponseBounds.COUNTRY, example = "MA") String nationality,
        @Schema(maxLength = ResponseBounds.NATIONAL_NUMBER, description = "11 digits, null when not known", nullable = true, example = "93050212345") String nationalNumber,
        @Schema(maxLength = ResponseBounds.NIS_CODE, description = "the current NIS code of the commune of residence", example = "62063") String communeNis,
        ContactRequest contact,
        @Schema(maxLength = ResponseBounds.LANGUAGE, nullable = true, example = "fr") String preferredLanguage,
        @Schema(maxLength = ResponseBounds.LANGUAGE, nullable = true, example = "ar") String interpreterLanguage,
        boolean cpasBeneficiary,
        @Schema(maxItems = ResponseBounds.PERIODS) List<PermitRequest> permits,
        @Schema(maxItems = ResponseBounds.PERIODS) List<EmploymentRequest> employment,
        DispenseFactsRequest dispenseFacts,
        @Schema(maxLength = ResponseBounds.CRI_CODE, example = "CRIPEL") String registeredByCri,
        Instant registeredAt,
        @Schema(description = "the latest obligation assessment", nullable = true) AssessmentResponse assessment) {

    static PersonResponse of(Person person, ObligationAssessment latest) {
        Contact contact = person.contact();
        var address = contact.address();
        return new PersonResponse(person.id(), person.name().lastName(), person.name().firstNames(),
                person.birthDate(), person.nationality().value(),
                person.nationalNumber().map(NationalNumber::value).orElse(null), person.communeOfResidence().value(),
                new ContactRequest(address == null ? null : address.street(),
                        address == null ? null : address.postalCode(), address == null ? null : address.locality(),
                        contact.phone(), contact.email()),
                person.preferredLanguage().map(LanguageCode::value).orElse(null),
                person.interpreterLanguage().map(LanguageCode::value).orElse(null), person.cpasBeneficiary(),
                person.permits().stream()
                        .map(p -> new PermitRequest(p.cardType(), p.permitType(), p.orderDate(), p.issueDate(),
                                p.validityMonths(), p.legalStayStart(), p.familyLink()))
                        .toList(),
                person.employment().stream()
                        .map(e -> new EmploymentRequest(e.start(), e.end(), plain(e.fraction())))
                        .toList(),
                new DispenseFactsRequest(person.dispenseFacts().studyStatus(), person.dispenseFacts().belgianDiploma(),
                        person.dispenseFacts().medicalCertificate(), person.dispenseFacts().priorAttestation()),
                person.registeredByCri(), person.registeredAt(), AssessmentResponse.of(latest));
    }

    private static BigDecimal plain(BigDecimal fraction) {
        return fraction.stripTrailingZeros();
    }
}
