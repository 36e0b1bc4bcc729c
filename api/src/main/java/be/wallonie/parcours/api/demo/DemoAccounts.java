package be.wallonie.parcours.api.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import be.wallonie.parcours.api.security.Passwords;
import be.wallonie.parcours.domain.access.AccountRepository;
import be.wallonie.parcours.domain.access.ApiClient;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.access.UserAccount;

/**
 * One demo account per role (and a second CRI, to see tenancy at work), listed in the README. Created only when
 * {@code parcours.demo.enabled=true} (dev mode and tests), never in production.
 */
@ApplicationScoped
public class DemoAccounts {

    /** The password of every demo staff account. */
    public static final String PASSWORD = "Parcours-Demo-2026";
    /** The demo operators' codes. */
    public static final String ILI_LIEGE = "ILI-LIEGE";
    public static final String FOREM_LIEGE = "FOREM-LIEGE";
    /** Liège, the demo commune. */
    public static final String LIEGE = "62063";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    record DemoUser(String username, String displayName, Tenant tenant) {
    }

    record DemoClient(String clientId, String name, Tenant tenant) {
        String secret() {
            return clientId + "-demo-secret";
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("agent.cripel", "Amina Lambert", Tenant.ofCri(Role.CRI_AGENT, "CRIPEL")),
            new DemoUser("superviseur.cripel", "Marc Dethier", Tenant.ofCri(Role.CRI_SUPERVISOR, "CRIPEL")),
            new DemoUser("agent.cai", "Sophie Renard", Tenant.ofCri(Role.CRI_AGENT, "CAI")),
            new DemoUser("superviseur.cai", "Luc Henrard", Tenant.ofCri(Role.CRI_SUPERVISOR, "CAI")),
            new DemoUser("formateur.ili", "Julie Collard", Tenant.ofOperator(ILI_LIEGE)),
            new DemoUser("formateur.forem", "Karim Bensaïd", Tenant.ofOperator(FOREM_LIEGE)),
            new DemoUser("commune.liege", "Service population de Liège", Tenant.ofCommune(Role.COMMUNE_CLIENT, LIEGE)),
            new DemoUser("cpas.liege", "CPAS de Liège", Tenant.ofCommune(Role.CPAS_CLIENT, LIEGE)),
            new DemoUser("analyste.region", "Nadia Gilson", Tenant.regional(Role.REGION_ANALYST)),
            new DemoUser("admin", "Administrateur Parcours", Tenant.regional(Role.ADMINISTRATOR)));

    static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("commune-62063", "Ville de Liège (logiciel population)",
                    Tenant.ofCommune(Role.COMMUNE_CLIENT, LIEGE)),
            new DemoClient("cpas-62063", "CPAS de Liège (logiciel social)", Tenant.ofCommune(Role.CPAS_CLIENT, LIEGE)),
            new DemoClient("commune-92094", "Ville de Namur (logiciel population)",
                    Tenant.ofCommune(Role.COMMUNE_CLIENT, "92094")));

    private final AccountRepository accounts;
    private final Passwords passwords;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, Passwords passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    void create() {
        Instant now = clock.instant();
        String hash = passwords.hash(PASSWORD);
        int created = 0;
        for (DemoUser user : USERS) {
            if (accounts.findUser(user.username()).isEmpty()) {
                accounts.add(new UserAccount(user.username(), hash, user.displayName(), user.tenant(), now));
                created++;
            }
        }
        for (DemoClient client : CLIENTS) {
            if (accounts.findClient(client.clientId()).isEmpty()) {
                accounts.add(new ApiClient(client.clientId(), passwords.hash(client.secret()), client.name(),
                        client.tenant(), now));
                created++;
            }
        }
        LOG.infof("Demo mode: %d demo accounts created (see README)", created);
    }
}
