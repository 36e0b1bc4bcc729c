package be.wallonie.parcours.api.casefile;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import be.wallonie.parcours.api.audit.Audit;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.api.shared.PageRequest;
import be.wallonie.parcours.domain.audit.AuditAction;
import be.wallonie.parcours.domain.deadline.CaseFileFilter;
import be.wallonie.parcours.domain.deadline.CaseFileList;
import be.wallonie.parcours.domain.deadline.CaseFileSearch;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;
import be.wallonie.parcours.domain.deadline.ListPosition;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * The lists of the caller's CRI's case files: filtered and sorted pages (the work queues among them), the same list as
 * CSV, and the search of the back office's header. Read from the stored deadlines (ADR 0017, 0033): a page costs the
 * same two queries whatever the CRI's number of files. Every person listed is audited.
 */
@ApplicationScoped
@Transactional
public class CaseFileLists {

    static final String LIST = CaseFileService.LIST;
    static final String SEARCH = "POST /caseFiles/query";
    /** The lines of a search: what the header's box shows as one types. */
    static final int SEARCH_LIMIT = 10;
    /** An export is read by pages of this size, each audited as it is read. */
    private static final int EXPORT_BATCH = 500;

    private final CaseFiles caseFiles;
    private final DeadlineScheduleRepository schedules;
    private final TerritoryRepository territory;
    private final Audit audit;

    CaseFileLists(CaseFiles caseFiles, DeadlineScheduleRepository schedules, TerritoryRepository territory,
            Audit audit) {
        this.caseFiles = caseFiles;
        this.schedules = schedules;
        this.territory = territory;
        this.audit = audit;
    }

    /**
     * One page of the CRI's files the query shows; with a {@code cursor} (a previous answer's {@code nextCursor}), the
     * page after it.
     */
    public CaseFilePageResponse list(CaseFileListQuery query, PageRequest page, String cursor) {
        String cri = caseFiles.criCode();
        CaseFileFilter filter = query.filter();
        Optional<ListPosition> after = ListCursor.decode(cursor);
        long offset = after.isPresent() ? 0 : (long) (page.page() - 1) * page.pageSize();
        LocalDate today = caseFiles.today();
        CaseFileList found = schedules.list(cri, filter, today, after, offset, page.pageSize());
        found.items().forEach(listed -> audit.record(LIST, AuditAction.SEARCH, listed.personId()));
        return new CaseFilePageResponse(
                found.items().stream().map(listed -> CaseFileSummaryResponse.of(listed, today)).toList(),
                after.isPresent() ? 1 : page.page(), page.pageSize(), found.total(),
                found.next().map(ListCursor::encode).orElse(null));
    }

    /**
     * Every file the query shows, in its order, as CSV for a spreadsheet ({@link CaseFileCsv}); each person listed is
     * audited as exported.
     */
    public byte[] export(CaseFileListQuery query, Locale language) {
        String cri = caseFiles.criCode();
        CaseFileFilter filter = query.filter();
        LocalDate today = caseFiles.today();
        CaseFileCsv csv = new CaseFileCsv(language, today, territory.listCommunes(cri));
        Optional<ListPosition> after = Optional.empty();
        do {
            CaseFileList found = schedules.list(cri, filter, today, after, 0, EXPORT_BATCH);
            found.items().forEach(listed -> {
                audit.record(LIST, AuditAction.EXPORT, listed.personId());
                csv.add(listed);
            });
            after = found.next();
        } while (after.isPresent());
        return csv.bytes();
    }

    /** The CRI's files whose person's name, national number or phone, or whose number, matches the text. */
    public CaseFilePageResponse search(String text) {
        String cri = caseFiles.criCode();
        CaseFileSearch search = CaseFileSearch.of(text)
                .orElseThrow(() -> ProblemException.invalid(new ProblemException.FieldIssue("text",
                        "issue.search-text", CaseFileSearch.MINIMUM_LENGTH)));
        LocalDate today = caseFiles.today();
        CaseFileList found = schedules.search(cri, search, SEARCH_LIMIT);
        found.items().forEach(listed -> audit.record(SEARCH, AuditAction.SEARCH, listed.personId()));
        return new CaseFilePageResponse(
                found.items().stream().map(listed -> CaseFileSummaryResponse.of(listed, today)).toList(), 1,
                SEARCH_LIMIT, found.total(), null);
    }
}
