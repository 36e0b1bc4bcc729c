package be.wallonie.parcours.domain.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.wallonie.parcours.domain.shared.Page;
import be.wallonie.parcours.domain.shared.Paging;

/**
 * Where case files and their timelines are kept. A CRI sees its own files, a transferred-out one included (read-only
 * history); another CRI's file is not found, as if it did not exist.
 */
public interface CaseFileRepository {

    /** The file, if it belongs to the CRI. */
    Optional<CaseFile> findById(UUID id, String criCode);

    /** Every file of the person, at any CRI: to enforce one current file per person. */
    List<CaseFile> filesOf(UUID personId);

    /** The files the CRI follows up ({@link CaseFileState#isFollowedUp()}), for its work queues. */
    List<CaseFile> followedUpBy(String criCode);

    /** The CRI's files in one of {@code states}, the most recently opened first. */
    Page<CaseFile> findByCri(String criCode, Set<CaseFileState> states, Paging paging);

    /** The files with these ids, whatever their CRI: for the application's own work on files it already reached. */
    List<CaseFile> findAllById(Collection<UUID> ids);

    void add(CaseFile caseFile);

    /**
     * Locks the file for a change and raises its version now, in the database: a concurrent change waits for this one,
     * then fails its version check (ADR 0012).
     */
    void lockForChange(CaseFile caseFile);

    /** Writes the pending changes now, so that the file's new version is known and a conflict surfaces here. */
    void flush();

    /**
     * Reads what follows for display only: the files and parts read from now on in this transaction are not checked
     * for changes when it ends (what is added, such as an audit row, is still written).
     */
    void readOnly();
}
