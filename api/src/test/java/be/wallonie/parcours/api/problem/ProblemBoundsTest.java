package be.wallonie.parcours.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A problem keeps within the bounds the OpenAPI document states for it, whatever a client sent (docs/adr/0021). */
class ProblemBoundsTest {

    @Test
    void aProblemCutsItsDetailItsInstanceAndItsIssuesToTheBoundsTheDocumentStates() {
        Problem problem = new Problem("urn:parcours:problem:validation", "Requête invalide", 400,
                "d".repeat(Problem.MAX_DETAIL + 10), "/" + "p".repeat(Problem.MAX_PATH + 10),
                Collections.nCopies(Problem.MAX_ISSUES + 1, new Problem.Issue("field", "message")));

        assertThat(problem.detail()).hasSize(Problem.MAX_DETAIL);
        assertThat(problem.instance()).hasSize(Problem.MAX_PATH);
        assertThat(problem.issues()).hasSize(Problem.MAX_ISSUES);
    }

    @Test
    void anIssueNamingAFieldTheClientMadeUpIsCutWithoutSplittingACharacter() {
        String name = "x".repeat(Problem.Issue.MAX_FIELD - 1) + "\uD83D\uDE00" + "tail";
        Problem.Issue issue = new Problem.Issue(name, "m".repeat(Problem.Issue.MAX_MESSAGE + 1));

        assertThat(issue.field()).isEqualTo("x".repeat(Problem.Issue.MAX_FIELD - 1));
        assertThat(issue.message()).hasSize(Problem.Issue.MAX_MESSAGE);
    }

    @Test
    void aProblemWithinItsBoundsIsKeptAsItIs() {
        Problem problem = new Problem("urn:parcours:problem:not-found", "Introuvable", 404, "Absent.", "/api/v1/x",
                List.of());

        assertThat(problem.detail()).isEqualTo("Absent.");
        assertThat(problem.instance()).isEqualTo("/api/v1/x");
        assertThat(problem.issues()).isEmpty();
    }
}
