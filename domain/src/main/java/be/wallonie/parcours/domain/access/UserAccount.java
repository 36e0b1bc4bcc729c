package be.wallonie.parcours.domain.access;

import be.wallonie.parcours.domain.access.AccountRefusedException.Reason;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of staff who signs in with a username and a password (kept only as a bcrypt hash). An administrator
 * creates the account, changes its role and tenant, deactivates it (it can then no longer sign in) and sets a new
 * password; nobody can lock themself out of administration.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    /** Lower-case letters, digits, dots, hyphens and underscores, 3 to 100 characters: {@code agent.cripel}. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final int MAX_DISPLAY_NAME = 200;

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
    /** Written only by {@link AccountRepository#revokeUserTokens}, an increment in SQL that no concurrent change loses. */
    @Column(name = "token_version", insertable = false, updatable = false)
    private long tokenVersion;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, String displayName, Tenant tenant, Instant createdAt) {
        Violations violations = new Violations();
        violations.check(username != null && USERNAME.matcher(username).matches(), "username",
                ViolationCode.USERNAME);
        checkDisplayName(violations, displayName);
        violations.require(tenant, "role");
        violations.throwIfAny();
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = displayName.strip();
        assign(tenant);
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * An administrator's change to the account: its display name, its role and tenant, whether it may sign in.
     *
     * @param changedBy the username of the administrator who changes it
     * @throws AccountRefusedException when administrators would deactivate their own account or take away their own
     *                                 role (nobody could then undo it)
     */
    public void change(String changedBy, String newDisplayName, Tenant newTenant, boolean nowActive) {
        Violations violations = new Violations();
        checkDisplayName(violations, newDisplayName);
        violations.require(newTenant, "role");
        violations.throwIfAny();
        if (username.equals(changedBy) && !nowActive) {
            throw new AccountRefusedException(Reason.OWN_ACCOUNT_DEACTIVATED,
                    "an administrator cannot deactivate their own account");
        }
        if (username.equals(changedBy) && role == Role.ADMINISTRATOR && newTenant.role() != Role.ADMINISTRATOR) {
            throw new AccountRefusedException(Reason.OWN_ROLE_CHANGED,
                    "an administrator cannot take away their own role");
        }
        this.displayName = newDisplayName.strip();
        assign(newTenant);
        this.active = nowActive;
    }

    /** A new password, set by an administrator, kept only as its hash. */
    public void replacePasswordHash(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
    }

    private void assign(Tenant tenant) {
        this.role = tenant.role();
        this.criCode = tenant.criCode();
        this.operatorCode = tenant.operatorCode();
        this.nisCode = tenant.nisCode();
    }

    private static void checkDisplayName(Violations violations, String displayName) {
        violations.requireText(displayName, "displayName");
        violations.check(displayName == null || displayName.strip().length() <= MAX_DISPLAY_NAME, "displayName",
                ViolationCode.MAXIMUM_LENGTH, Map.of("maximum", MAX_DISPLAY_NAME));
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

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** The version of the account's tokens: a token carrying another is refused. */
    public long tokenVersion() {
        return tokenVersion;
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
