package be.wallonie.parcours.domain.access;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The software of a commune or a CPAS that fetches its attestation copies through the API, with client credentials
 * (client id + secret, kept only as a bcrypt hash).
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    @Id
    private UUID id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "secret_hash")
    private String secretHash;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "nis_code")
    private String nisCode;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;
    /** Written only by {@link AccountRepository#revokeClientTokens}, an increment in SQL. */
    @Column(name = "token_version", insertable = false, updatable = false)
    private long tokenVersion;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String secretHash, String name, Tenant tenant, Instant createdAt) {
        if (tenant.role().tenantKind() != Role.TenantKind.COMMUNE) {
            throw new IllegalArgumentException("An API client belongs to a commune or a CPAS");
        }
        this.id = UUID.randomUUID();
        this.clientId = Objects.requireNonNull(clientId);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.name = Objects.requireNonNull(name);
        this.role = tenant.role();
        this.nisCode = tenant.nisCode();
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String clientId() {
        return clientId;
    }

    public String secretHash() {
        return secretHash;
    }

    public String name() {
        return name;
    }

    public Tenant tenant() {
        return new Tenant(role, null, null, nisCode);
    }

    public boolean active() {
        return active;
    }

    /** The version of the client's tokens: a token carrying another is refused. */
    public long tokenVersion() {
        return tokenVersion;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiClient other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
