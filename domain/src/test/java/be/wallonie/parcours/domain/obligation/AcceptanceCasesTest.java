package be.wallonie.parcours.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance cases of the obligation check ({@code obligation-cases.json}, copied from the shared acceptance
 * folder), run against the rules as the API would: request fields through {@link ObligationFacts.Builder}, every field
 * present in {@code expect} compared exactly.
 */
class AcceptanceCasesTest {

    private final ObligationRules rules = new ObligationRules(ReferenceDataFixture.countryGroups(),
            ObligationSettings.defaults());

    static Stream<Named<JsonNode>> cases() throws IOException {
        try (InputStream json = AcceptanceCasesTest.class.getResourceAsStream("/obligation/obligation-cases.json")) {
            JsonNode cases = new ObjectMapper().readTree(json);
            return StreamSupport.stream(cases.spliterator(), false)
                    .map(acceptanceCase -> Named.of(
                            acceptanceCase.get("id").asText() + " " + acceptanceCase.get("description").asText(),
                            acceptanceCase));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void caseIsAnsweredAsExpected(JsonNode acceptanceCase) {
        ObligationVerdict verdict = rules.evaluate(facts(acceptanceCase.get("request")));

        JsonNode expect = acceptanceCase.get("expect");
        assertThat(verdict.status().name()).isEqualTo(expect.get("status").asText());
        if (expect.has("code")) {
            assertThat(verdict.code() == null ? null : verdict.code().name()).isEqualTo(text(expect, "code"));
        }
        if (expect.has("deadline")) {
            assertThat(verdict.deadline() == null ? null : verdict.deadline().date())
                    .isEqualTo(date(expect, "deadline"));
        }
        if (expect.has("cri")) {
            assertThat(verdict.criCode()).isEqualTo(text(expect, "cri"));
        }
    }

    private static ObligationFacts facts(JsonNode request) {
        ObligationFacts.Builder builder = ObligationFacts.builder()
                .asOf(request.hasNonNull("asOf") ? date(request, "asOf") : LocalDate.now())
                .birthDate(date(request, "birthDate"))
                .nationality(text(request, "nationality"))
                .communeNis(text(request, "communeNis"), ReferenceDataFixture.communes())
                .legalStayStart(date(request, "legalStayStart"))
                .familyMemberOf(request.hasNonNull("familyMemberOf")
                        ? FamilyLink.valueOf(text(request, "familyMemberOf"))
                        : null)
                .studyStatus(
                        request.hasNonNull("studyStatus") ? StudyStatus.valueOf(text(request, "studyStatus")) : null)
                .belgianDiploma(request.path("belgianDiploma").asBoolean())
                .medicalCertificate(request.path("medicalCertificate").asBoolean())
                .priorAttestation(request.path("priorAttestation").asBoolean());
        JsonNode permit = request.get("permit");
        if (permit != null && !permit.isNull()) {
            builder.permit(PermitType.valueOf(text(permit, "type")), date(permit, "orderDate"),
                    permit.hasNonNull("validityMonths") ? permit.get("validityMonths").asInt() : null);
        }
        for (JsonNode period : request.path("employment")) {
            builder.employment(date(period, "start"), date(period, "end"), period.get("fraction").decimalValue());
        }
        return builder.build();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? LocalDate.parse(node.get(field).asText()) : null;
    }
}
