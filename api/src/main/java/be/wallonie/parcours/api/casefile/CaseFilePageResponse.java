package be.wallonie.parcours.api.casefile;

import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.api.shared.ResponseBounds;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of case files: {items, page, pageSize, total} as every collection, and {@code nextCursor} to read the next
 * page by keyset (steady even when files enter or leave the list meanwhile).
 */
@Schema(name = "CaseFilePage")
public record CaseFilePageResponse(@Schema(maxItems = PageRequest.MAX_PAGE_SIZE) List<CaseFileSummaryResponse> items,
        @Schema(minimum = "1", maximum = "2147483647", description = "The page number asked for (1 when reading by cursor)") int page,
        @Schema(minimum = "1", maximum = "" + PageRequest.MAX_PAGE_SIZE) int pageSize,
        @Schema(minimum = "0", maximum = ResponseBounds.COUNT, description = "How many files the whole list holds") long total,
        @Schema(maxLength = 64, description = "Send it back as `cursor` for the next page; absent on the last page", nullable = true) String nextCursor) {
}
