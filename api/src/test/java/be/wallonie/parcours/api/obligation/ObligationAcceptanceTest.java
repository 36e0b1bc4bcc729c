package be.wallonie.parcours.api.obligation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.wallonie.parcours.api.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The shared acceptance cases ({@code acceptance/obligation-cases.json}, copied from the shared acceptance folder),
 * each sent through HTTP as a CRI agent: every field present in {@code expect} must match exactly.
 */
@QuarkusTest
class ObligationAcceptanceTest {

    record AcceptanceCase(String id, String description, Map<String, Object> request, Map<String, Object> expect) {
    }

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = ObligationAcceptanceTest.class.getResourceAsStream("/acceptance/obligation-cases.json")) {
            List<AcceptanceCase> cases = new ObjectMapper().readValue(in, new TypeReference<List<AcceptanceCase>>() {
            });
            return cases.stream().map(c -> Arguments.of(c.id(), c.description(), c));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void caseGivesTheExpectedVerdict(String id, String description, AcceptanceCase acceptanceCase) {
        ValidatableResponse response = Tokens.as(Tokens.AGENT_CRIPEL)
                .contentType(ContentType.JSON)
                .body(acceptanceCase.request())
                .post("/api/v1/obligationChecks")
                .then().statusCode(200).contentType(ContentType.JSON);
        List<AssertionError> mismatches = new ArrayList<>();
        acceptanceCase.expect().forEach((field, expected) -> {
            try {
                response.body(field, expected == null ? nullValue() : equalTo(expected));
            } catch (AssertionError e) {
                mismatches.add(e);
            }
        });
        if (!mismatches.isEmpty()) {
            throw new AssertionError(id + " (" + description + "): " + mismatches);
        }
    }
}
