package be.wallonie.parcours.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID PERSON = UUID.randomUUID();

    private static AuditEvent at(String endpoint) {
        return new AuditEvent(NOW, "agent.cripel", "CRI_AGENT", "CRIPEL", endpoint, PERSON, AuditAction.READ,
                AuditOutcome.SUCCESS);
    }

    @Test
    void anEndpointIsAMethodAndAPathTemplate() {
        assertThat(at("GET /persons/{id}").endpoint()).isEqualTo("GET /persons/{id}");
    }

    @Test
    void aConcretePathIsRefusedSoThatNoIdOrNationalNumberIsRecorded() {
        assertThatThrownBy(() -> at("GET /persons/" + PERSON)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> at("POST /persons/query?nationalNumber=93050212345"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> at("/persons/{id}")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void whoWhatAndOnWhomAreRequired() {
        assertThatThrownBy(() -> new AuditEvent(NOW, " ", "CRI_AGENT", null, "GET /persons/{id}", null, null,
                AuditOutcome.SUCCESS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("actor")
                .hasMessageContaining("personId")
                .hasMessageContaining("action");
    }
}
