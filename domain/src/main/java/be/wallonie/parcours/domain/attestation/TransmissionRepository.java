package be.wallonie.parcours.domain.attestation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The copies due to communes and CPAS. A recipient sees its own copies only: another recipient's copy is not found, as
 * if it did not exist.
 */
public interface TransmissionRepository {

    /**
     * The recipient's copies whose cursor is after {@code afterCursor}, in cursor order, at most {@code limit} (1 to
     * {@link be.wallonie.parcours.domain.shared.Paging#MAX_PAGE_SIZE}). The next call passes the last cursor received:
     * a recipient that polls this way sees every copy exactly once, even while attestations are being issued.
     */
    List<Transmission> dueTo(Recipient recipient, long afterCursor, int limit);

    /**
     * Like {@link #dueTo(Recipient, long, int)}, only the copies acknowledged ({@code true}) or not yet acknowledged
     * ({@code false}): the same cursor order, so that a clerk pages through what is left to acknowledge the same way.
     */
    List<Transmission> dueTo(Recipient recipient, long afterCursor, boolean acknowledged, int limit);

    /** The copy, if it is due to the recipient. */
    Optional<Transmission> findById(UUID id, Recipient recipient);
}
