package be.wallonie.parcours.domain.audit;

import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One read or write of a person's data: who (username, role, tenant), when, through which endpoint, on which person,
 * what and with which outcome. It holds identifiers only, never a personal value: the endpoint is a template
 * ({@code GET /persons/{id}}), never the concrete path, and it may not contain digits, so that neither an id nor a
 * national number can slip in. Append-only: the class has no method that changes an event, and the repository no
 * method that updates or deletes one.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    private static final Pattern ENDPOINT_TEMPLATE = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) /[A-Za-z/{}]*");

    @Id
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    private String role;
    private String tenant;
    private String endpoint;
    @Column(name = "person_id")
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    protected AuditEvent() {
    }

    /**
     * @param actor    the username (or client id) of the principal
     * @param role     the principal's role
     * @param tenant   the principal's CRI code, operator code or NIS code; {@code null} for a regional role
     * @param endpoint HTTP method and path template, such as {@code PUT /persons/{id}}
     * @param personId the person whose data was read or written
     */
    public AuditEvent(Instant occurredAt, String actor, String role, String tenant, String endpoint, UUID personId,
            AuditAction action, AuditOutcome outcome) {
        Violations violations = new Violations();
        violations.require(occurredAt, "occurredAt");
        violations.requireText(actor, "actor");
        violations.requireText(role, "role");
        violations.check(endpoint != null && ENDPOINT_TEMPLATE.matcher(endpoint).matches(), "endpoint",
                ViolationCode.ENDPOINT_TEMPLATE);
        violations.require(personId, "personId");
        violations.require(action, "action");
        violations.require(outcome, "outcome");
        violations.throwIfAny();
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.role = role;
        this.tenant = tenant;
        this.endpoint = endpoint;
        this.personId = personId;
        this.action = action;
        this.outcome = outcome;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String role() {
        return role;
    }

    public String tenant() {
        return tenant;
    }

    public String endpoint() {
        return endpoint;
    }

    public UUID personId() {
        return personId;
    }

    public AuditAction action() {
        return action;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEvent other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
