package be.wallonie.parcours.domain.audit;

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
 * A request Parcours refused: access to a record (403, or the 404 answered for a record the caller may not see), a
 * sign-in, or the registration of a national number another CRI holds (the duplicate probe). Identifiers only, like
 * {@link AuditEvent}: who (username or client id, role, tenant), the endpoint's template, the kind and id of the record
 * asked for, the status answered and the reason, and for a sign-in the client's address. Recorded in a transaction of
 * its own, so that the rollback of the refused request keeps it. Append-only.
 */
@Entity
@Table(name = "refusal_event")
public class Refusal {

    /** Longest actor kept as given; a longer one (or one with other characters) is kept as its hash. */
    public static final int ACTOR_LENGTH = 64;
    private static final Pattern ENDPOINT_TEMPLATE = Pattern.compile("(GET|POST|PUT|PATCH|DELETE) /[A-Za-z./{}]*");
    /**
     * A record's id as kept: a UUID, a NIS code (5 digits), or an upper-case code with a letter (a CRI's, an
     * operator's). Anything else a client put in a path (a national number, a name) is not kept.
     */
    private static final Pattern RESOURCE_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]{5}"
                    + "|(?=[A-Z0-9_-]*[A-Z])[A-Z0-9][A-Z0-9_-]{1,39}");
    private static final Pattern RESOURCE_KIND = Pattern.compile("[A-Za-z][A-Za-z.]{0,39}");
    private static final Pattern REASON = Pattern.compile("[a-z-]{1,40}");

    /** What was refused. */
    public enum Kind {
        /** A record of another tenant, or one the caller's role may not reach (403, 404). */
        ACCESS,
        /** Wrong credentials, or an account that may not sign in. */
        SIGN_IN,
        /** A national number registered at another CRI (409 duplicate-person), or too many of them (429). */
        DUPLICATE_PROBE
    }

    @Id
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String actor;
    private String role;
    private String tenant;
    private String endpoint;
    @Column(name = "resource_kind")
    private String resourceKind;
    @Column(name = "resource_id")
    private String resourceId;
    private short status;
    private String reason;
    @Column(name = "client_address")
    private String clientAddress;

    protected Refusal() {
    }

    /**
     * @param actor        the username or client id (as the caller typed it for a sign-in), at most
     *                     {@value #ACTOR_LENGTH} characters
     * @param endpoint     HTTP method and path template, such as {@code GET /persons/{id}}
     * @param resourceKind the collection of the record asked for ({@code persons}), or {@code null}
     * @param resourceId   the record's id or code (a UUID, a CRI or operator code, a NIS code), or {@code null}
     * @param reason       the problem's type ({@code not-found}, {@code invalid-credentials}, ...)
     */
    public Refusal(Instant occurredAt, Kind kind, String actor, String role, String tenant, String endpoint,
            String resourceKind, String resourceId, int status, String reason, String clientAddress) {
        require(occurredAt != null && kind != null, "occurredAt and kind");
        require(actor != null && actor.length() <= ACTOR_LENGTH, "actor");
        require(endpoint != null && ENDPOINT_TEMPLATE.matcher(endpoint).matches(), "endpoint");
        require(resourceId == null || RESOURCE_ID.matcher(resourceId).matches(), "resourceId");
        require(resourceKind == null || RESOURCE_KIND.matcher(resourceKind).matches(), "resourceKind");
        require(status >= 400 && status <= 499, "status");
        require(reason != null && REASON.matcher(reason).matches(), "reason");
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = actor;
        this.role = role;
        this.tenant = tenant;
        this.endpoint = endpoint;
        this.resourceKind = resourceKind;
        this.resourceId = resourceId;
        this.status = (short) status;
        this.reason = reason;
        this.clientAddress = clientAddress;
    }

    /** Whether {@code value} may be recorded as a resource id: a UUID or a code, never free text. */
    public static boolean isIdentifier(String value) {
        return value != null && RESOURCE_ID.matcher(value).matches();
    }

    /** Whether {@code value} may be recorded as a resource kind: a path segment of letters ({@code caseFiles}). */
    public static boolean isKind(String value) {
        return value != null && RESOURCE_KIND.matcher(value).matches();
    }

    private static void require(boolean valid, String field) {
        if (!valid) {
            throw new IllegalArgumentException("A refusal's " + field + " is not an identifier");
        }
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Kind kind() {
        return kind;
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

    public String resourceKind() {
        return resourceKind;
    }

    public String resourceId() {
        return resourceId;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String clientAddress() {
        return clientAddress;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Refusal other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
