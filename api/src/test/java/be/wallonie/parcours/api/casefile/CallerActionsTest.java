package be.wallonie.parcours.api.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.casefile.CaseFileAction;

/** Only CRI staff act on a case file; of them, only supervisors take the supervisor's decisions. */
class CallerActionsTest {

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CRI_AGENT", "CRI_SUPERVISOR"}, mode = EnumSource.Mode.EXCLUDE)
    void aRoleOutsideTheCriTakesNoActionOfAFile(Role role) {
        assertThat(Arrays.stream(CaseFileAction.values()).filter(action -> CallerActions.permits(role, action)))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseFileAction.class)
    void aSupervisorTakesEveryActionAndAnAgentAllButTheSupervisorsDecisions(CaseFileAction action) {
        assertThat(CallerActions.permits(Role.CRI_SUPERVISOR, action)).isTrue();
        assertThat(CallerActions.permits(Role.CRI_AGENT, action)).isEqualTo(!action.isSupervisorDecision());
        assertThat(EnumSet.of(CaseFileAction.ISSUE_ATTESTATION, CaseFileAction.REVOKE_ATTESTATION,
                CaseFileAction.EXTEND_DEADLINE, CaseFileAction.TRANSFER).contains(action))
                .isEqualTo(action.isSupervisorDecision());
    }
}
