package be.wallonie.parcours.api.casefile;

import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.casefile.CaseFileAction;
import be.wallonie.parcours.domain.deadline.AllowedActions;

/**
 * The actions of a file that the caller's role may take (ADR 0032): a CRI supervisor every one the file allows, a CRI
 * agent all but the supervisor's decisions (the deadline, the transfer, the attestation), any other role none. The
 * same split as the {@code @RolesAllowed} of the endpoints each action calls.
 */
final class CallerActions {

    private CallerActions() {
    }

    static AllowedActions of(Role role, AllowedActions allowed) {
        return allowed.keeping(action -> permits(role, action));
    }

    static boolean permits(Role role, CaseFileAction action) {
        return switch (role) {
            case CRI_SUPERVISOR -> true;
            case CRI_AGENT -> !action.isSupervisorDecision();
            default -> false;
        };
    }
}
