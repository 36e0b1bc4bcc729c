package be.wallonie.parcours.api.casefile;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;
import be.wallonie.parcours.api.shared.Ids;
import be.wallonie.parcours.api.shared.ParameterSchemas;

/** The case files of one person that the caller's CRI holds. */
@Path("/persons/{id}/caseFiles")
@Tag(name = "Case files")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class PersonCaseFilesResource {

    private final CaseFileService caseFiles;

    PersonCaseFilesResource(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    @GET
    @Operation(operationId = "listPersonCaseFiles", summary = "A person's case files at your CRI", description = "The current one first, then the closed "
            + "or transferred ones, the most recent first.")
    @APIResponse(responseCode = "200", description = "The files", content = @Content(schema = @Schema(implementation = CaseFileSummaryResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<CaseFileSummaryResponse> list(
            @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID)) String id) {
        return caseFiles.filesOf(Ids.uuid(id));
    }
}
