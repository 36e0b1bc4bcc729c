package be.wallonie.parcours.api.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.account.UserRequests.CreateUserRequest;
import be.wallonie.parcours.api.account.UserRequests.UpdateUserRequest;
import be.wallonie.parcours.api.audit.AdministrationAudit;
import be.wallonie.parcours.api.audit.FieldChanges;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.problem.ProblemException.FieldIssue;
import be.wallonie.parcours.api.problem.ProblemType;
import be.wallonie.parcours.api.security.CurrentUser;
import be.wallonie.parcours.api.security.Passwords;
import be.wallonie.parcours.api.security.TokenVersions;
import be.wallonie.parcours.api.shared.Versions;
import be.wallonie.parcours.domain.access.AccountRepository;
import be.wallonie.parcours.domain.access.PasswordPolicy;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.access.Role.TenantKind;
import be.wallonie.parcours.domain.access.Tenant;
import be.wallonie.parcours.domain.access.UserAccount;
import be.wallonie.parcours.domain.audit.AdministrationEvent.Action;
import be.wallonie.parcours.domain.audit.AdministrationEvent.Subject;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;
import be.wallonie.parcours.domain.shared.Violations;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * The administrator's management of staff accounts: each account's tenant fits its role and exists, a username is
 * taken once, passwords follow the {@link PasswordPolicy}, and every change is recorded by the
 * {@link AdministrationAudit}.
 */
@ApplicationScoped
@Transactional
public class UserService {

    /**
     * The changes that end the account's tokens (docs/adr/0027): those a token carries (role and tenant) and whether
     * it may sign in at all; a new display name does not.
     */
    private static final Set<String> ENDS_TOKENS = Set.of("role", "cri", "operator", "nis", "active");

    private final AccountRepository accounts;
    private final TerritoryRepository territories;
    private final OperatorRepository operators;
    private final Passwords passwords;
    private final AdministrationAudit audit;
    private final CurrentUser user;
    private final TokenVersions tokens;
    private final Clock clock;

    UserService(AccountRepository accounts, TerritoryRepository territories, OperatorRepository operators,
            Passwords passwords, AdministrationAudit audit, CurrentUser user, TokenVersions tokens, Clock clock) {
        this.accounts = accounts;
        this.territories = territories;
        this.operators = operators;
        this.passwords = passwords;
        this.audit = audit;
        this.user = user;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** An account and its version, for the ETag. */
    public record UserView(UserResponse user, long version) {
    }

    public Page<UserResponse> search(Role role, String criCode, String text, Paging paging) {
        return accounts.searchUsers(role, blankToNull(criCode, true), blankToNull(text, false), paging)
                .map(UserResponse::of);
    }

    public UserView get(UUID id) {
        return view(find(id));
    }

    public UserView create(CreateUserRequest request) {
        Violations violations = new Violations();
        violations.require(request.role(), "role");
        checkPassword(violations, request.password(), request.username());
        violations.throwIfAny();
        Tenant tenant = tenant(request.role(), request.cri(), request.operator(), request.nis());
        UserAccount account = new UserAccount(request.username(), passwords.hash(request.password()),
                request.displayName(), tenant, clock.instant());
        if (accounts.findUser(account.username()).isPresent()) {
            throw ProblemException.refused("ACCOUNT.USERNAME_TAKEN",
                    new FieldIssue("username", "issue.username-taken"));
        }
        accounts.add(account);
        audit.record(Subject.USER_ACCOUNT, account.id().toString(), Action.CREATE, List.of());
        return view(account);
    }

    public UserView update(UUID id, long expectedVersion, UpdateUserRequest request) {
        UserAccount account = find(id);
        Versions.require(expectedVersion, account.version());
        Violations violations = new Violations();
        violations.require(request.role(), "role");
        violations.require(request.active(), "active");
        violations.throwIfAny();
        Tenant tenant = tenant(request.role(), request.cri(), request.operator(), request.nis());
        UserResponse before = UserResponse.of(account);
        account.change(user.username(), request.displayName(), tenant, request.active());
        UserResponse after = UserResponse.of(account);
        List<String> changed = changes(before, after);
        if (changed.stream().anyMatch(ENDS_TOKENS::contains)) {
            tokens.revokeUser(account.id());
        }
        audit.record(Subject.USER_ACCOUNT, account.id().toString(), Action.UPDATE, changed);
        return view(account);
    }

    /** Sets the password the administrator chose; the user signs in with it from now on. */
    public UserView resetPassword(UUID id, String password) {
        UserAccount account = find(id);
        Violations violations = new Violations();
        checkPassword(violations, password, account.username());
        violations.throwIfAny();
        account.replacePasswordHash(passwords.hash(password));
        tokens.revokeUser(account.id());
        audit.record(Subject.USER_ACCOUNT, account.id().toString(), Action.PASSWORD_RESET, List.of());
        return view(account);
    }

    private UserAccount find(UUID id) {
        return accounts.findUser(id).orElseThrow(ProblemException::notFound);
    }

    private UserView view(UserAccount account) {
        accounts.flush();
        return new UserView(UserResponse.of(account), account.version());
    }

    private static void checkPassword(Violations violations, String password, String username) {
        try {
            PasswordPolicy.check(password, username, "password");
        } catch (InvalidValueException e) {
            violations.absorb(e);
        }
    }

    /**
     * The tenant the request names for the role: exactly the field the role calls for ({@code cri}, {@code operator}
     * or {@code nis}), naming a CRI, an operator or a current commune that exists. Otherwise 422, each faulty field
     * named.
     */
    private Tenant tenant(Role role, String cri, String operator, String nis) {
        String criCode = blankToNull(cri, true);
        String operatorCode = blankToNull(operator, true);
        String nisCode = blankToNull(nis, false);
        List<FieldIssue> issues = new ArrayList<>();
        fits(issues, role, TenantKind.CRI, "cri", criCode);
        fits(issues, role, TenantKind.OPERATOR, "operator", operatorCode);
        fits(issues, role, TenantKind.COMMUNE, "nis", nisCode);
        if (criCode != null && territories.findCri(criCode).isEmpty()) {
            issues.add(new FieldIssue("cri", "issue.unknown-cri"));
        }
        if (operatorCode != null && operators.findByCode(operatorCode).isEmpty()) {
            issues.add(new FieldIssue("operator", "issue.unknown-operator"));
        }
        if (nisCode != null && territories.findCommune(nisCode).filter(c -> c.nisCode().equals(nisCode)).isEmpty()) {
            issues.add(new FieldIssue("nis", "issue.unknown-commune"));
        }
        if (!issues.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, issues, null);
        }
        return new Tenant(role, criCode, operatorCode, nisCode);
    }

    private static void fits(List<FieldIssue> issues, Role role, TenantKind kind, String field, String value) {
        if (role.tenantKind() == kind && value == null) {
            issues.add(new FieldIssue(field, "issue.tenant-required", role));
        } else if (role.tenantKind() != kind && value != null) {
            issues.add(new FieldIssue(field, "issue.tenant-not-for-role", role));
        }
    }

    private static List<String> changes(UserResponse before, UserResponse after) {
        return new FieldChanges()
                .compare("displayName", before.displayName(), after.displayName())
                .compare("role", before.role(), after.role())
                .compare("cri", before.cri(), after.cri())
                .compare("operator", before.operator(), after.operator())
                .compare("nis", before.nis(), after.nis())
                .compare("active", before.active(), after.active())
                .fields();
    }

    private static String blankToNull(String value, boolean upperCase) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return upperCase ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
    }
}
