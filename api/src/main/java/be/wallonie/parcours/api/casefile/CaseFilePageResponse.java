package be.wallonie.parcours.api.casefile;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of case files: {items, page, pageSize, total} as every collection, and {@code nextCursor} to read the next
 * page by keyset (steady even when files enter or leave the list meanwhile).
 */
@Schema(name = "CaseFilePage")
public record CaseFilePageResponse(List<CaseFileSummaryResponse> items,
        @Schema(description = "The page number asked for (1 when reading by cursor)") int page, int pageSize,
        @Schema(description = "How many files the whole list holds") long total,
        @Schema(description = "Send it back as `cursor` for the next page; absent on the last page", nullable = true) String nextCursor) {
}
