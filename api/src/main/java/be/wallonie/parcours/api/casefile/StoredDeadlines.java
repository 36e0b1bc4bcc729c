package be.wallonie.parcours.api.casefile;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps each case file's stored deadlines (the work queues' columns) equal to what the domain computes from the file's
 * records. Every service that changes a file, or a part of it (reception, convention, enrolments, interviews, hours,
 * equivalences, attestation), calls {@link #refresh} in the same transaction, after the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StoredDeadlines {

    /** Recomputes and stores the deadlines of one file. */
    public void refresh(UUID caseFileId) {
        refresh(List.of(caseFileId));
    }

    /** Recomputes and stores the deadlines of several files, each part read for all of them at once. */
    public void refresh(Collection<UUID> caseFileIds) {
        // implemented with the stored deadlines (issue 11)
    }
}
