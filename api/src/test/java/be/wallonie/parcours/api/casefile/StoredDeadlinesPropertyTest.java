package be.wallonie.parcours.api.casefile;

import static be.wallonie.parcours.api.casefile.CaseFileSteps.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import be.wallonie.parcours.api.security.Tokens;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileRepository;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.DeadlineSchedule;
import be.wallonie.parcours.domain.deadline.DeadlineScheduleRepository;
import be.wallonie.parcours.domain.deadline.WorkQueue;

/**
 * The stored deadlines equal the computed ones, whatever happened to the file: random sequences of events through the
 * API (reception steps, convention proposed, signed and amended, enrolments, the operators' hours, equivalences,
 * interviews, suspension and resumption, extension, closure, transfer, attestation), each seeded so that a failure
 * names the seed that reproduces it (a transferred file goes on at the CAI). After each event, the schedule stored
 * with the file (and with the file a transfer opened) equals what the domain computes from the file's records, and on
 * several days the SQL work queues hold the file exactly when the domain's rules say so. Refused events are part of
 * the game: a refusal must change nothing.
 */
@QuarkusTest
class StoredDeadlinesPropertyTest {

    /** Fixed seeds (reproducible), plus one new each run (printed when it fails). */
    private static final long[] SEEDS = {11, 42, 2026, System.nanoTime()};
    private static final int EVENTS = 15;
    private static final String STAFF = Tokens.SUPERVISOR_CRIPEL;
    private static final String SUCCESSOR_STAFF = "superviseur.cai";
    private static final List<LocalDate> DAYS = List.of(TODAY, TODAY.plusDays(30), TODAY.plusDays(90),
            TODAY.plusDays(400));

    @Inject
    CaseFileRepository files;
    @Inject
    ComputedDeadlines computed;
    @Inject
    DeadlineScheduleRepository schedules;

    @TestFactory
    Stream<DynamicTest> theStoredDeadlinesAndTheQueuesEqualWhatTheDomainComputesAfterEveryEvent() {
        return LongStream.of(SEEDS).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> play(seed)));
    }

    private void play(long seed) {
        Random random = new Random(seed);
        Sequence sequence = new Sequence(random);
        check(seed, "open", sequence);
        List<String> played = new ArrayList<>();
        for (int i = 1; i <= EVENTS; i++) {
            String event = sequence.next();
            played.add(event);
            check(seed, i + ": " + event + " (before: " + played + ")", sequence);
        }
        System.out.println("Stored deadlines, seed " + seed + ": " + played);
        assertThat(played).as("events accepted, seed " + seed).anyMatch(event -> event.matches(".*→ 20\\d$"));
    }

    private void check(long seed, String event, Sequence sequence) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<CaseFile> checked = files.findAllById(sequence.fileIds);
            Map<UUID, CaseFileDeadlines> expected = computed.of(checked);
            Map<UUID, DeadlineSchedule> stored = schedules.findByCaseFiles(sequence.fileIds);
            for (CaseFile file : checked) {
                DeadlineSchedule schedule = expected.get(file.id()).schedule();
                String where = "seed " + seed + ", after event " + event + ", file " + file.id() + " ("
                        + file.state() + ")";
                assertThat(stored.get(file.id())).as("stored schedule, " + where).isEqualTo(schedule);
                for (LocalDate day : DAYS) {
                    Set<WorkQueue> queues = EnumSet.noneOf(WorkQueue.class);
                    for (WorkQueue queue : WorkQueue.values()) {
                        if (queue.contains(schedule, day)) {
                            queues.add(queue);
                        }
                    }
                    assertThat(schedules.queuesOf(file.id(), file.criCode(), day))
                            .as("queues on " + day + ", " + where).isEqualTo(queues);
                }
            }
        });
    }

    /** The steps of a parcours in their usual order. */
    private static final List<String> JOURNEY = List.of("reception", "social review", "rights and duties",
            "French test", "convention proposed", "convention signed", "enrolment CITIZENSHIP", "hours",
            "enrolment FRENCH", "interview", "hours", "hours", "enrolment SOCIO_PROFESSIONAL", "hours",
            "French certificate", "work release", "hours", "attestation");
    /** Every event, the journey's and the others. */
    private static final List<String> ANY = Stream.concat(JOURNEY.stream(), Stream.of("convention amended",
            "suspension", "resumption", "resumption", "extension", "closure", "transfer")).distinct().toList();

    /** One newcomer's file at CRIPEL and the events that can happen to it, on days that move forward to today. */
    private static final class Sequence {

        private final Random random;
        private CaseFileSteps steps = new CaseFileSteps(STAFF);
        private final Set<UUID> fileIds = new LinkedHashSet<>();
        private final List<String[]> enrolments = new ArrayList<>();
        private LocalDate day;
        private int step;

        Sequence(Random random) {
            this.random = random;
            LocalDate orderDate = TODAY.minusDays(200 + random.nextInt(700));
            String personId = CaseFileSteps.registerPerson(STAFF, orderDate, random.nextBoolean());
            day = orderDate.plusDays(random.nextInt(60));
            steps.open(personId, day);
            fileIds.add(UUID.fromString(steps.fileId()));
        }

        /**
         * Plays an event: mostly the journey's next step (so that files get far), otherwise any event at random (so
         * that refusals, suspensions, extensions, transfers and closures happen anywhere); answers what it was and how
         * the API answered.
         */
        String next() {
            day = later(random.nextInt(40));
            boolean onJourney = step < JOURNEY.size() && random.nextInt(100) < 65;
            String event = onJourney ? JOURNEY.get(step) : ANY.get(random.nextInt(ANY.size()));
            Response answer = play(event);
            int status = answer == null ? 0 : answer.statusCode();
            if (onJourney && (status < 300 || random.nextBoolean())) {
                step++;
            }
            return event + " on " + day + " → " + (answer == null ? "-" : status);
        }

        private Response play(String event) {
            String on = day.toString();
            return switch (event) {
                case "reception" -> steps.post("reception", Map.of());
                case "social review" -> steps.put("reception/socialReview",
                        CaseFileSteps.socialReview(day, random.nextBoolean()));
                case "rights and duties" -> steps.put("reception/rightsAndDutiesSession",
                        Map.of("heldOn", on, "format", "GROUP"));
                case "French test" -> steps.put("reception/frenchTest",
                        Map.of("takenOn", on, "level", List.of("A1", "A2", "B1").get(random.nextInt(3))));
                case "convention proposed" -> steps.post("convention", Map.of("proposedOn", on));
                case "convention signed" -> steps.post("convention/signature", Map.of("signedOn", on));
                case "convention amended" -> {
                    List<String> axes = new ArrayList<>(List.of("RECEPTION", "CITIZENSHIP"));
                    if (random.nextBoolean()) {
                        axes.add("FRENCH");
                    }
                    yield steps.post("convention/amendments",
                            Map.of("axes", axes, "reason", "Avenant", "effectiveOn", on));
                }
                case "enrolment CITIZENSHIP" -> enrol("ILI-LIEGE", "CITIZENSHIP", Tokens.TRAINER_ILI);
                case "enrolment FRENCH" -> enrol("ILI-LIEGE", "FRENCH", Tokens.TRAINER_ILI);
                case "enrolment SOCIO_PROFESSIONAL" -> enrol("FOREM-LIEGE", "SOCIO_PROFESSIONAL",
                        Tokens.TRAINER_FOREM);
                case "hours" -> hours();
                case "French certificate" -> steps.post("frenchCertificates",
                        Map.of("level", "A2", "certifiedOn", on, "issuer", "Alliance française"));
                case "work release" -> steps.post("workReleases",
                        Map.of("releasedOn", on, "evidence", "Contrat de travail"));
                case "interview" -> steps.post("evaluationInterviews", Map.of("heldOn", on, "notes", "Suivi"));
                case "suspension" -> steps.post("suspensions", Map.of("reason", "Hospitalisation", "on", on));
                case "resumption" -> steps.post("resumptions", Map.of("on", on));
                case "extension" -> steps.post("deadlineExtensions", Map.of("newDeadline",
                        TODAY.plusDays(random.nextInt(500)).toString(), "reason", "Liste d'attente"));
                case "closure" -> steps.post("closure", Map.of("reason", "LEFT_BELGIUM", "on", on));
                case "transfer" -> {
                    Response answer = steps.post("transfers",
                            Map.of("toCri", "CAI", "reason", "Déménagement", "on", on));
                    if (answer.statusCode() == 200) {
                        // the file goes on at the other CRI, with its staff
                        String successor = answer.path("transferredTo");
                        fileIds.add(UUID.fromString(successor));
                        steps = new CaseFileSteps(SUCCESSOR_STAFF).on(successor);
                        enrolments.clear();
                        step = 0;
                    }
                    yield answer;
                }
                case "attestation" -> steps.post("attestation", Map.of());
                default -> throw new IllegalArgumentException(event);
            };
        }

        private Response enrol(String operator, String axis, String trainer) {
            Response answer = steps.post("enrolments",
                    Map.of("operatorCode", operator, "axis", axis, "startDate", day.toString()));
            if (answer.statusCode() == 201) {
                enrolments.add(new String[]{answer.path("id"), trainer});
            }
            return answer;
        }

        /** The trainer posts 1 to 10 sessions of 8 hours on successive days, through the operators' endpoint. */
        private Response hours() {
            if (enrolments.isEmpty()) {
                return null;
            }
            String[] enrolment = enrolments.get(random.nextInt(enrolments.size()));
            int sessions = 1 + random.nextInt(10);
            Response answer = null;
            for (int session = 0; session < sessions; session++) {
                answer = Tokens.as(enrolment[1]).contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(Map.of("sessionDate", later(session).toString(), "hours", 8))
                        .post("/api/v1/enrolments/" + enrolment[0] + "/attendance");
            }
            day = later(sessions);
            steps.refresh();
            return answer;
        }

        /** A day {@code days} after the last one, never after today. */
        private LocalDate later(int days) {
            LocalDate later = day.plusDays(days);
            return later.isAfter(TODAY) ? TODAY : later;
        }
    }
}
