package be.wallonie.parcours.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.parcours.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An administrator changes accounts, but nobody can lock themself out of administration. */
class UserAccountAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static UserAccount admin() {
        return new UserAccount("admin.region", "hash", "Administrateur", Tenant.regional(Role.ADMINISTRATOR), NOW);
    }

    private static UserAccount trainer() {
        return new UserAccount("formateur.ili", "hash", "Julie Collard", Tenant.ofOperator("ILI-LIEGE"), NOW);
    }

    @Test
    void anAdministratorChangesAnotherAccountsRoleTenantAndActivity() {
        UserAccount account = trainer();

        account.change("admin.region", " Julie Collard-Petit ", Tenant.ofCri(Role.CRI_AGENT, "CRIPEL"), false);

        assertThat(account.displayName()).isEqualTo("Julie Collard-Petit");
        assertThat(account.tenant()).isEqualTo(Tenant.ofCri(Role.CRI_AGENT, "CRIPEL"));
        assertThat(account.active()).isFalse();
    }

    @Test
    void administratorsCannotDeactivateTheirOwnAccount() {
        UserAccount admin = admin();

        assertThatThrownBy(() -> admin.change("admin.region", "Administrateur", Tenant.regional(Role.ADMINISTRATOR),
                false))
                .isInstanceOf(AccountRefusedException.class)
                .extracting(e -> ((AccountRefusedException) e).code())
                .isEqualTo("ACCOUNT_REFUSED.OWN_ACCOUNT_DEACTIVATED");
        assertThat(admin.active()).isTrue();
    }

    @Test
    void administratorsCannotTakeAwayTheirOwnRole() {
        UserAccount admin = admin();

        assertThatThrownBy(() -> admin.change("admin.region", "Administrateur", Tenant.regional(Role.REGION_ANALYST),
                true))
                .isInstanceOf(AccountRefusedException.class)
                .extracting(e -> ((AccountRefusedException) e).code())
                .isEqualTo("ACCOUNT_REFUSED.OWN_ROLE_CHANGED");
        assertThat(admin.tenant().role()).isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void anAdministratorMayRenameThemself() {
        UserAccount admin = admin();

        admin.change("admin.region", "Administratrice", Tenant.regional(Role.ADMINISTRATOR), true);

        assertThat(admin.displayName()).isEqualTo("Administratrice");
    }

    @Test
    void usernameAndDisplayNameHaveAShape() {
        assertThatThrownBy(() -> new UserAccount("Agent Cripel", "hash", " ", Tenant.regional(Role.REGION_ANALYST),
                NOW))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).violations().stream().map(v -> v.field()).toList())
                .asList().containsExactly("username", "displayName");
    }

    @Test
    void aNewPasswordReplacesTheOldHash() {
        UserAccount account = trainer();

        account.replacePasswordHash("new-hash");

        assertThat(account.passwordHash()).isEqualTo("new-hash");
    }
}
