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

/** A member of staff who signs in with a username and a password (kept only as a bcrypt hash). */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private UUID id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "cri_code")
    private String criCode;
    @Column(name = "operator_code")
    private String operatorCode;
    @Column(name = "nis_code")
    private String nisCode;
    private boolean active;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Tenant tenant, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        this.role = tenant.role();
        this.criCode = tenant.criCode();
        this.operatorCode = tenant.operatorCode();
        this.nisCode = tenant.nisCode();
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Tenant tenant() {
        return new Tenant(role, criCode, operatorCode, nisCode);
    }

    public boolean active() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
