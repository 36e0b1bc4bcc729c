package be.wallonie.parcours.api.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import be.wallonie.parcours.api.problem.Messages;
import be.wallonie.parcours.api.problem.ProblemResponses;
import be.wallonie.parcours.api.security.Roles;

/**
 * A list of case files as CSV, beside the list itself (a sibling rather than a second representation of
 * {@code /caseFiles}: a client that accepts anything keeps getting JSON there). docs/back-office.md, "Export CSV".
 */
@Path("/caseFiles.csv")
@Tag(name = "Case files")
@RolesAllowed({Roles.CRI_AGENT, Roles.CRI_SUPERVISOR})
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class CaseFileExportResource {

    private final CaseFileLists lists;

    CaseFileExportResource(CaseFileLists lists) {
        this.lists = lists;
    }

    @GET
    @Produces(CaseFileCsv.MEDIA_TYPE)
    @Operation(operationId = "exportCaseFiles", summary = "A list of case files, as CSV", description = "Every file of the list that "
            + "listCaseFiles shows with the same parameters (without paging), in its order, for a spreadsheet: UTF-8 "
            + "with a byte order mark, `;` between cells, a header line in your language (French by default), dates "
            + "as dd/MM/yyyy, labels instead of codes. Audited as an export of each person listed.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = ProblemResponses.INVALID)
    public Response export(@BeanParam CaseFileResource.ListParameters parameters, @Context HttpHeaders headers) {
        byte[] csv = lists.export(parameters.query(), Messages.negotiate(headers.getAcceptableLanguages()));
        return Response.ok(csv, CaseFileCsv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dossiers.csv\"")
                .build();
    }
}
