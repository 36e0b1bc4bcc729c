package be.wallonie.parcours.api.deadline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import be.wallonie.parcours.api.casefile.StoredDeadlines;
import be.wallonie.parcours.api.problem.ProblemException;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.territory.TerritoryRepository;

/**
 * Recomputes the stored deadlines of every case file (or of one CRI's) after a change of the rules that they depend
 * on (ADR 0017), in batches of {@value #BATCH} files, each its own transaction: a long run holds no lock for long and
 * resumes where it stopped if run again. At start, the application computes the files still stale (just migrated, or
 * bulk loaded without it).
 */
@ApplicationScoped
public class DeadlineRecomputationService {

    static final int BATCH = 300;

    private static final Logger LOG = Logger.getLogger(DeadlineRecomputationService.class);

    private final StoredDeadlines storedDeadlines;
    private final DeadlineScheduleRepository schedules;
    private final TerritoryRepository territory;

    DeadlineRecomputationService(StoredDeadlines storedDeadlines, DeadlineScheduleRepository schedules,
            TerritoryRepository territory) {
        this.storedDeadlines = storedDeadlines;
        this.schedules = schedules;
        this.territory = territory;
    }

    /** What a recomputation did. */
    public record Result(long files, long changed, long durationMillis) {
    }

    /** Every file of the CRI {@code cri}, or of every CRI when it is absent; an unknown CRI answers 400. */
    public Result recompute(String cri) {
        Optional<String> criCode = Optional.ofNullable(cri).filter(code -> !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT));
        criCode.filter(code -> !code.equals(CommuneOfResidence.GERMAN_SPEAKING_COMMUNITY))
                .filter(code -> QuarkusTransaction.requiringNew().call(() -> territory.findCri(code).isEmpty()))
                .ifPresent(unknown -> {
                    throw ProblemException.invalid(new ProblemException.FieldIssue("cri", "issue.unknown-cri"));
                });
        long start = System.nanoTime();
        long files = 0;
        long changed = 0;
        Optional<UUID> after = Optional.empty();
        while (true) {
            Optional<UUID> from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> ids = schedules.caseFileIds(criCode, from, BATCH);
                return new Batch(ids, storedDeadlines.recompute(ids));
            });
            files += batch.ids().size();
            changed += batch.changed();
            if (batch.ids().size() < BATCH) {
                break;
            }
            after = Optional.of(batch.ids().get(BATCH - 1));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Deadlines recomputed for %s: %d files, %d changed, in %d ms", criCode.orElse("every CRI"), files,
                changed, millis);
        return new Result(files, changed, millis);
    }

    private record Batch(List<UUID> ids, int changed) {
    }

    /** Computes the files whose stored deadlines are missing or stale, batch by batch; how many there were. */
    public long recomputeStale() {
        long files = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> ids = schedules.staleCaseFileIds(BATCH);
                storedDeadlines.refresh(ids);
                return ids.size();
            });
            files += done;
            if (done < BATCH) {
                return files;
            }
        }
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        long stale = recomputeStale();
        if (stale > 0) {
            LOG.infof("Deadlines computed at start for %d case files that had none stored", stale);
        }
    }
}
