package be.wallonie.parcours.api.demo;

import static be.wallonie.parcours.api.demo.DemoPopulation.between;
import static be.wallonie.parcours.api.demo.DemoPopulation.pick;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import be.wallonie.parcours.api.demo.DemoPopulation.Area;
import be.wallonie.parcours.api.demo.DemoPopulation.Place;
import be.wallonie.parcours.api.infrastructure.Clocks;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.attendance.Attendance;
import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.casefile.ClosureReason;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.deadline.CaseFileDeadlines;
import be.wallonie.parcours.domain.deadline.EvaluationInterview;
import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTest;
import be.wallonie.parcours.domain.reception.FrenchTestWaiver;
import be.wallonie.parcours.domain.reception.Need;
import be.wallonie.parcours.domain.reception.NeedDomain;
import be.wallonie.parcours.domain.reception.NeedLevel;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import be.wallonie.parcours.domain.reception.RightsAndDutiesSession;
import be.wallonie.parcours.domain.reception.SessionFormat;
import be.wallonie.parcours.domain.reception.SocialReview;

/**
 * Writes the parcours of one demo person through the domain's methods only, in the order things happen, each step
 * dated after the previous one and never after today. Not thread-safe: one instance per transaction.
 */
final class DemoParcours {

    /** What the generator needs from the application: the repositories, the rules and the operators. */
    interface Context {

        LocalDate today();

        ObligationAssessment assess(Person person, LocalDate asOf, String by);

        ObligationSettings settings();

        Operator operator(String code);

        void add(Object entity);

        List<Place> placesOf(String cri);

        List<Area> areas();
    }

    /** One case file written, and where it stands today. */
    /** A completed file whose attestation the supervisor issues once the demo files are written. */
    record AttestationToIssue(java.util.UUID caseFileId, String cri, String supervisor) {
    }

    private final List<AttestationToIssue> toIssue = new java.util.ArrayList<>();

    /** The completed files whose attestation is to be issued. */
    List<AttestationToIssue> toIssue() {
        return List.copyOf(toIssue);
    }

    record WrittenFile(String cri, CaseFileState state, boolean atRisk, boolean overdue, boolean reviewDue) {
    }

    private static final List<String> SUSPENSION_REASONS = List.of("Hospitalisation", "Congé de maternité",
            "Séjour à l'étranger pour raisons familiales", "Raisons médicales", "Garde d'un enfant malade");
    private static final List<String> EXTENSION_REASONS = List.of("Liste d'attente pour les cours de français",
            "Problèmes de santé attestés par certificat médical", "Congé de maternité",
            "Horaires de travail incompatibles avec les formations",
            "Formation de français interrompue par l'opérateur");

    private final Context context;
    private final LocalDate today;
    private final List<WrittenFile> written = new ArrayList<>();
    private final DemoAttendance attendance;
    private int attestations;

    DemoParcours(Context context, int attestationsSoFar) {
        this.context = context;
        this.today = context.today();
        this.attestations = attestationsSoFar;
        this.attendance = new DemoAttendance(context::add);
    }

    List<WrittenFile> written() {
        return written;
    }

    int attestations() {
        return attestations;
    }

    static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(Clocks.BRUSSELS).toInstant();
    }

    /** The file of one person, from opening to the state it reaches. */
    private final class Track {

        final Person person;
        final CaseFile file;
        final Area area;
        final Random random;
        final boolean francophone;
        ReceptionModule reception;
        Convention convention;
        final List<Enrolment> enrolments = new ArrayList<>();
        final List<EvaluationInterview> interviews = new ArrayList<>();
        LocalDate last;
        boolean sessionRecorded;
        LocalDate reviewedOn;

        Track(Person person, CaseFile file, Area area, Random random, boolean francophone) {
            this.person = person;
            this.file = file;
            this.area = area;
            this.random = random;
            this.francophone = francophone;
            this.last = file.openedOn();
        }

        /** {@code planned}, or a day between the last step and {@code limit} when it would come after the limit. */
        LocalDate fit(LocalDate planned, LocalDate limit) {
            LocalDate day = planned.isBefore(last) ? last : planned;
            if (day.isAfter(limit)) {
                long room = Math.max(0, limit.toEpochDay() - last.toEpochDay());
                day = last.plusDays(room == 0 ? 0 : random.nextLong(room + 1));
            }
            last = day;
            return day;
        }

        String agent() {
            return area.agent();
        }
    }

    /**
     * Writes the file of an assessed person: the state it reaches, or none when the person is not obliged and does not
     * volunteer.
     */
    void write(DemoPopulation.PersonPlan plan, Person person, ObligationAssessment assessment) {
        Random random = new Random(plan.seed());
        boolean obliged = assessment.status() == ObligationStatus.OBLIGED;
        CaseFileState target = obliged ? plan.obligedState() : plan.volunteerState();
        if (target == null || assessment.criCode().isEmpty()) {
            return;
        }
        Area area = plan.area();
        LocalDate openedOn = plan.registeredOn();
        CaseFile file = CaseFile.open(assessment, List.of(), openedOn, area.agent(), at(openedOn));
        context.add(file);
        Track track = new Track(person, file, area, random, plan.nationalityData().francophone());
        switch (target) {
            case OPENED, RECEPTION, CONVENTION_SIGNED, IN_PROGRESS, COMPLETED, ATTESTATION_ISSUED ->
                advance(track, stageOf(target), today, true);
            case SUSPENDED -> {
                LocalDate suspendOn = today.minusDays(between(random, 2, 80));
                if (suspendOn.isBefore(openedOn)) {
                    suspendOn = openedOn;
                }
                int draw = random.nextInt(100);
                int stage = draw < 10 ? 0 : draw < 35 ? 1 : draw < 50 ? 2 : 3;
                advance(track, stage, suspendOn, true);
                if (file.state() != CaseFileState.SUSPENDED) {
                    LocalDate on = track.fit(suspendOn, today);
                    file.suspend(pick(random, SUSPENSION_REASONS), on, area.agent(), at(on));
                }
            }
            case TRANSFERRED -> transfer(track, random);
            case CLOSED -> close(track, random, obliged);
        }
        finish(track);
        flush();
    }

    private static int stageOf(CaseFileState state) {
        return switch (state) {
            case OPENED -> 0;
            case RECEPTION -> 1;
            case CONVENTION_SIGNED -> 2;
            case IN_PROGRESS -> 3;
            case COMPLETED -> 4;
            default -> 5;
        };
    }

    private void finish(Track track) {
        CaseFileDeadlines deadlines = CaseFileDeadlines.of(track.file, track.reception, track.convention,
                track.enrolments, track.interviews, attendance.ledger().attendanceOf(track.file));
        boolean issued = toIssue.stream().anyMatch(issue -> issue.caseFileId().equals(track.file.id()));
        written.add(new WrittenFile(track.file.criCode(),
                issued ? CaseFileState.ATTESTATION_ISSUED : track.file.state(), deadlines.isAtRisk(today),
                deadlines.isOverdue(today), deadlines.isReviewDue(today)));
    }

    /**
     * Moves the file up to {@code stage} (0 opened, 1 reception, 2 convention signed, 3 in progress, 4 completed, 5
     * attestation issued), with every step on or before {@code limit}.
     *
     * @param followedUpAfter whether the file is still followed up after the limit (its deadline then matters)
     */
    private void advance(Track track, int stage, LocalDate limit, boolean followedUpAfter) {
        Random random = track.random;
        if (stage == 0) {
            return;
        }
        LocalDate started = track.fit(track.last.plusDays(random.nextInt(11)), limit);
        track.reception = ReceptionModule.startFor(track.file, track.agent(), at(started));
        context.add(track.reception);
        int receptionProgress = stage >= 2 ? 2 : random.nextInt(3);
        if (receptionProgress == 0) {
            return;
        }
        recordSocialReview(track, limit);
        if (receptionProgress == 1) {
            return;
        }
        recordFrenchTest(track, limit);
        if (random.nextInt(100) < 60 || stage == 1) {
            recordSession(track, track.fit(track.last.plusDays(between(random, 5, 30)), limit));
        }
        if (stage == 1) {
            return;
        }
        sign(track, limit);
        if (stage >= 3 || !track.sessionRecorded) {
            afterSignature(track, stage, limit, followedUpAfter);
        }
    }

    private void recordSocialReview(Track track, LocalDate limit) {
        Random random = track.random;
        LocalDate on = track.fit(track.last.plusDays(between(random, 7, 25)), limit);
        boolean orientation = random.nextInt(100) < 40;
        Map<NeedDomain, Need> needs = new EnumMap<>(NeedDomain.class);
        needs.put(NeedDomain.HOUSING, need(random, 45, "Recherche d'un logement plus grand",
                "Hébergé chez un proche", "Logement insalubre signalé"));
        needs.put(NeedDomain.HEALTH, need(random, 25, "Besoin d'un médecin traitant", "Suivi médical en cours"));
        needs.put(NeedDomain.FRENCH, track.francophone
                ? Need.none()
                : new Need(random.nextBoolean() ? NeedLevel.HIGH : NeedLevel.MODERATE, null));
        needs.put(NeedDomain.WORK_AND_TRAINING, orientation
                ? new Need(random.nextBoolean() ? NeedLevel.HIGH : NeedLevel.MODERATE,
                        pick(random, List.of("Souhaite faire reconnaître son diplôme",
                                "Expérience dans la construction", "Souhaite une formation qualifiante",
                                "Expérience dans les soins aux personnes")))
                : Need.none());
        needs.put(NeedDomain.CITIZENSHIP, need(random, 30, "Démarches administratives à accompagner"));
        needs.put(NeedDomain.CHILDREN_AND_YOUTH, need(random, 35, "Inscription scolaire des enfants",
                "Recherche d'une place en crèche"));
        String notes = random.nextInt(100) < 30 ? "Bilan réalisé avec interprète" : null;
        track.reception.recordSocialReview(new SocialReview(on, needs, notes, orientation), track.agent(), at(on));
        track.reviewedOn = on;
    }

    private static Need need(Random random, int percent, String... notes) {
        if (random.nextInt(100) >= percent) {
            return Need.none();
        }
        NeedLevel level = pick(random, List.of(NeedLevel.LOW, NeedLevel.MODERATE, NeedLevel.HIGH));
        return new Need(level, random.nextBoolean() ? pick(random, List.of(notes)) : null);
    }

    private void recordFrenchTest(Track track, LocalDate limit) {
        Random random = track.random;
        if (track.francophone && random.nextInt(100) < 70) {
            LocalDate on = track.fit(track.last.plusDays(random.nextInt(8)), limit);
            track.reception.waiveFrenchTest(random.nextBoolean()
                    ? FrenchTestWaiver.SCHOOLED_IN_FRENCH
                    : FrenchTestWaiver.FRENCH_MOTHER_TONGUE, track.agent(), at(on));
            return;
        }
        LocalDate on = track.fit(track.last.plusDays(random.nextInt(15)), limit);
        int draw = random.nextInt(100);
        CefrLevel level = track.francophone
                ? (draw < 50 ? CefrLevel.B1 : draw < 80 ? CefrLevel.B2 : CefrLevel.A2)
                : (draw < 40 ? CefrLevel.PRE_A1 : draw < 85 ? CefrLevel.A1 : draw < 95 ? CefrLevel.A2 : CefrLevel.B1);
        track.reception.recordFrenchTest(new FrenchTest(on, level), track.agent(), at(on));
    }

    private void recordSession(Track track, LocalDate on) {
        if (track.sessionRecorded) {
            return;
        }
        Random random = track.random;
        String interpreter = track.person.interpreterLanguage().map(Object::toString).orElse(null);
        track.reception.recordRightsAndDutiesSession(new RightsAndDutiesSession(on,
                random.nextInt(100) < 70 ? SessionFormat.GROUP : SessionFormat.INDIVIDUAL, interpreter),
                track.agent(), at(on));
        track.sessionRecorded = true;
    }

    private void sign(Track track, LocalDate limit) {
        Random random = track.random;
        LocalDate proposedOn = track.fit(track.last.plusDays(between(random, 3, 10)), limit);
        track.convention = Convention.propose(track.file, track.reception, proposedOn, track.agent(),
                at(proposedOn));
        context.add(track.convention);
        LocalDate signedOn = track.fit(proposedOn.plusDays(between(random, 3, 14)), limit);
        LocalDate deadline = track.file.finalDeadline().orElse(null);
        if (deadline != null && !deadline.isAfter(signedOn)) {
            // a file continued late at another CRI: the supervisor extends the deadline before the signature
            LocalDate extended = signedOn.plusDays(between(random, 200, 400));
            track.file.extendDeadline(extended, "Reprise du parcours : délai prolongé avant la signature",
                    track.area.supervisor(), at(signedOn));
        }
        track.convention.sign(signedOn, context.settings(), track.agent(), at(signedOn));
    }

    private record Action(LocalDate on, int order, Consumer<LocalDate> run) {
    }

    /** The enrolments, their ends, the interviews, an extension or a suspension: in the order of their days. */
    private void afterSignature(Track track, int stage, LocalDate limit, boolean followedUpAfter) {
        Random random = track.random;
        Convention convention = track.convention;
        LocalDate signedOn = convention.signedOn().orElseThrow();
        List<Action> actions = new ArrayList<>();
        if (!track.sessionRecorded) {
            LocalDate sessionOn = signedOn.plusDays(between(random, 7, 20));
            actions.add(new Action(sessionOn, 0, day -> recordSession(track, day)));
        }
        if (stage >= 3) {
            boolean completes = stage >= 4;
            LocalDate cap = limit.minusDays(stage == 5 ? 50 : 12);
            List<LocalDate> doneDays = new ArrayList<>();
            List<Axis> axes = convention.requiredAxes().stream().filter(axis -> axis != Axis.RECEPTION).toList();
            List<Action> completions = new ArrayList<>();
            LocalDate lastStart = signedOn;
            boolean first = true;
            for (Axis axis : axes) {
                LocalDate start = switch (axis) {
                    case CITIZENSHIP -> signedOn.plusDays(between(random, 7, 40));
                    case FRENCH -> signedOn.plusDays(between(random, 7, 60));
                    default -> signedOn.plusDays(between(random, 14, 90));
                };
                LocalDate done = switch (axis) {
                    case CITIZENSHIP -> start.plusDays(random.nextInt(100) < 85
                            ? between(random, 60, 115)
                            : between(random, 130, 200));
                    case FRENCH -> start.plusDays(between(random, 240, 480));
                    default -> start.plusDays(between(random, 20, 90));
                };
                if (first && start.isAfter(limit)) {
                    start = limit; // the first enrolment is what makes the file in progress
                }
                if (completes) {
                    if (start.isAfter(cap.minusDays(10))) {
                        start = cap.minusDays(10).isBefore(signedOn) ? signedOn : cap.minusDays(10);
                    }
                    if (done.isAfter(cap)) {
                        long room = Math.max(1, cap.toEpochDay() - start.toEpochDay());
                        long least = Math.min(room, 10); // days enough to attend the hours
                        done = start.plusDays(least + random.nextLong(room - least + 1));
                    }
                }
                first = false;
                lastStart = lastStart.isAfter(start) ? lastStart : start;
                String operator = operatorFor(track, axis);
                Enrolment[] enrolment = new Enrolment[1];
                actions.add(new Action(start, 1, day -> {
                    enrolment[0] = Enrolment.enrol(convention, context.operator(operator), axis, day,
                            track.agent(), at(day));
                    context.add(enrolment[0]);
                    track.enrolments.add(enrolment[0]);
                }));
                if (axis == Axis.FRENCH && !completes && random.nextInt(100) < 12) {
                    LocalDate certified = start.plusDays(between(random, 90, 200));
                    completions.add(new Action(certified, 2, day -> {
                        if (enrolment[0] != null && enrolment[0].isActive()) {
                            attendance.ledger().recordFrenchCertificate(convention, CefrLevel.A2, day,
                                    "Alliance française", track.agent(), at(day));
                            enrolment[0].withdraw(day, "Certificat de français de niveau A2 obtenu", track.agent(),
                                    at(day));
                        }
                    }));
                    continue;
                }
                doneDays.add(done);
                completions.add(new Action(done, 2, day -> {
                    if (enrolment[0] != null && enrolment[0].isActive()) {
                        attend(track, enrolment[0], day);
                        enrolment[0].complete(day, track.agent(), at(day));
                    }
                }));
            }
            if (!completes && !completions.isEmpty()) {
                // in progress today: at least one axis is unfinished
                LocalDate latest = doneDays.stream().max(Comparator.naturalOrder()).orElse(null);
                if (latest != null && !latest.isAfter(limit) && doneDays.stream().allMatch(d -> !d.isAfter(limit))) {
                    completions.removeIf(action -> action.on().equals(latest));
                }
            }
            actions.addAll(completions);
            LocalDate completedOn = null;
            if (completes) {
                LocalDate lastDone = doneDays.stream().max(Comparator.naturalOrder()).orElse(lastStart);
                completedOn = lastDone.plusDays(between(random, 3, 15));
                if (completedOn.isAfter(limit)) {
                    completedOn = limit;
                }
            }
            // evaluation interviews, about every 6 months; some files fall behind
            LocalDate interviewsUntil = completedOn != null ? completedOn : limit;
            boolean fallsBehind = !completes && random.nextInt(100) < 25;
            LocalDate interview = signedOn.plusDays(between(random, 140, 178));
            int held = 0;
            while (!interview.isAfter(interviewsUntil) && !(fallsBehind && held >= 1)) {
                actions.add(new Action(interview, 3, day -> {
                    CaseFileState state = track.file.state();
                    if (state == CaseFileState.IN_PROGRESS || state == CaseFileState.CONVENTION_SIGNED) {
                        track.interviews.add(EvaluationInterview.record(track.file, day,
                                pick(random, List.of("Bonne assiduité aux cours", "Progrès en français",
                                        "Difficultés d'organisation (garde des enfants)",
                                        "Recherche d'emploi en cours", "")),
                                track.agent(), at(day)));
                        context.add(track.interviews.get(track.interviews.size() - 1));
                    }
                }));
                held++;
                interview = interview.plusDays(between(random, 150, 182));
            }
            // a suspension, resumed later
            if (random.nextInt(100) < 12) {
                LocalDate suspendOn = lastStart.plusDays(between(random, 25, 60));
                LocalDate resumeOn = suspendOn.plusDays(between(random, 30, 90));
                boolean fits = completedOn == null ? resumeOn.isBefore(limit) : resumeOn.isBefore(completedOn);
                // hours are recorded while the file is in progress: no axis is done while it is suspended
                fits = fits && doneDays.stream().noneMatch(day -> !day.isBefore(suspendOn) && !day.isAfter(resumeOn));
                if (fits) {
                    String reason = pick(random, SUSPENSION_REASONS);
                    actions.add(new Action(suspendOn, 4, day -> track.file.suspend(reason, day, track.agent(),
                            at(day))));
                    actions.add(new Action(resumeOn, 0, day -> track.file.resume(day, track.agent(), at(day))));
                }
            }
            // a deadline extension when the obliged person would be late
            track.file.finalDeadline().ifPresent(deadline -> {
                LocalDate wanted = null;
                LocalDate end = completedOnOrNull(completes, doneDays, limit);
                if (completes && end != null && end.isAfter(deadline)) {
                    wanted = end.plusDays(between(random, 30, 150));
                } else if (!completes && followedUpAfter && deadline.isBefore(today)) {
                    int draw = random.nextInt(100);
                    wanted = draw < 55
                            ? today.plusDays(between(random, 10, 85))
                            : draw < 80 ? today.plusDays(between(random, 120, 400)) : null;
                }
                if (wanted != null) {
                    LocalDate decidedOn = deadline.minusDays(between(random, 5, 40));
                    if (decidedOn.isAfter(limit)) {
                        decidedOn = limit;
                    }
                    if (!decidedOn.isAfter(signedOn)) {
                        decidedOn = signedOn.plusDays(1);
                    }
                    LocalDate newDeadline = wanted;
                    String reason = pick(random, EXTENSION_REASONS);
                    actions.add(new Action(decidedOn, 5, day -> {
                        if (track.file.state().isTerminal()
                                || !newDeadline.isAfter(track.file.finalDeadline().orElse(newDeadline))) {
                            return;
                        }
                        track.file.extendDeadline(newDeadline, reason, track.area.supervisor(), at(day));
                        CaseFileState state = track.file.state();
                        if (state == CaseFileState.CONVENTION_SIGNED || state == CaseFileState.IN_PROGRESS
                                || state == CaseFileState.SUSPENDED) {
                            convention.amend(convention.requiredAxes(), "Délai prolongé par le superviseur", day,
                                    track.area.supervisor(), at(day));
                        }
                    }));
                }
            });
            runActions(track, actions, limit);
            if (completes) {
                LocalDate on = track.fit(completedOn, limit);
                be.wallonie.parcours.domain.deadline.AxisProgress.of(track.file, track.reception, convention,
                        track.enrolments, attendance.ledger().attendanceOf(track.file))
                        .completeParcours(on, track.agent(), at(on));
                if (stage == 5) {
                    // issued after the generation, through the real service, so that it has its PDF and copies
                    attestations++;
                    toIssue.add(new AttestationToIssue(track.file.id(), track.file.criCode(), track.area.supervisor()));
                }
            }
        } else {
            runActions(track, actions, limit);
        }
    }

    /**
     * The operator's trainer records the sessions that complete the axis of {@code enrolment} by {@code until}: spread
     * from the start of the enrolment, a few hours each, then (when the days are short) as much as each day allows.
     * When the days are too few for the hours, a certificate completes French and a release the orientation.
     */
    private void attend(Track track, Enrolment enrolment, LocalDate until) {
        AttendanceLedger ledger = attendance.ledger();
        Convention convention = track.convention;
        Operator operator = context.operator(enrolment.operatorCode());
        Axis axis = enrolment.axis();
        LocalDate requirementsOn = Attendance.requirementsDayOf(convention);
        BigDecimal remaining = ledger.attendanceOf(track.file).axis(axis, requirementsOn).hoursRemaining();
        BigDecimal size = switch (axis) {
            case CITIZENSHIP -> BigDecimal.valueOf(3);
            case FRENCH -> BigDecimal.valueOf(4);
            default -> BigDecimal.ONE;
        };
        long days = until.toEpochDay() - enrolment.startDate().toEpochDay() + 1;
        long sessions = remaining.divide(size, 0, java.math.RoundingMode.CEILING).longValue();
        long step = Math.max(1, days / Math.max(1, sessions));
        String trainer = trainerOf(operator.code());
        for (int pass = 0; pass < 2 && remaining.signum() > 0; pass++) {
            for (LocalDate day = enrolment.startDate(); !day.isAfter(until) && remaining.signum() > 0; day = day
                    .plusDays(pass == 0 ? step : 1)) {
                BigDecimal room = ledger.maxHoursPerDay()
                        .subtract(attendance.totalOnDay(track.file.personId(), day));
                BigDecimal hours = (pass == 0 ? size.min(room) : room).min(remaining);
                if (hours.signum() > 0) {
                    ledger.recordSession(enrolment, operator, convention, day, new Hours(hours), trainer, at(until));
                    remaining = remaining.subtract(hours);
                }
            }
        }
        if (remaining.signum() > 0 && axis == Axis.FRENCH) {
            ledger.recordFrenchCertificate(convention, CefrLevel.A2, until, "Alliance française", track.agent(),
                    at(until));
        } else if (remaining.signum() > 0 && axis == Axis.SOCIO_PROFESSIONAL) {
            ledger.recordWorkRelease(convention, until, "Contrat de travail à temps plein", track.agent(), at(until));
        }
    }

    private static String trainerOf(String operatorCode) {
        return switch (operatorCode) {
            case DemoAccounts.ILI_LIEGE -> "formateur.ili";
            case DemoAccounts.FOREM_LIEGE -> "formateur.forem";
            default -> "formateur." + operatorCode.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static LocalDate completedOnOrNull(boolean completes, List<LocalDate> doneDays, LocalDate limit) {
        if (!completes) {
            return null;
        }
        return doneDays.stream().max(Comparator.naturalOrder()).orElse(limit);
    }

    private void runActions(Track track, List<Action> actions, LocalDate limit) {
        actions.sort(Comparator.comparing(Action::on).thenComparing(Action::order));
        for (Action action : actions) {
            if (action.on().isAfter(limit)) {
                continue;
            }
            LocalDate day = action.on().isBefore(track.last) ? track.last : action.on();
            track.last = day;
            action.run().accept(day);
        }
    }

    private String operatorFor(Track track, Axis axis) {
        Area area = track.area;
        return switch (axis) {
            case CITIZENSHIP -> area.ili();
            case FRENCH -> {
                int draw = track.random.nextInt(100);
                if (area.cri().equals("CAI") && draw < 25) {
                    yield "CISP-NAMUR";
                }
                yield draw < 75 ? area.ili() : area.forem();
            }
            default -> area.forem();
        };
    }

    /** The file reaches a stage at its CRI, then the person moves to another CRI's territory, where a file continues. */
    private void transfer(Track track, Random random) {
        LocalDate openedOn = track.file.openedOn();
        long span = today.toEpochDay() - openedOn.toEpochDay();
        LocalDate movedOn = openedOn.plusDays(Math.max(20, span * between(random, 45, 90) / 100));
        if (movedOn.isAfter(today.minusDays(5))) {
            movedOn = today.minusDays(5);
        }
        int draw = random.nextInt(100);
        int stage = draw < 15 ? 0 : draw < 45 ? 1 : draw < 60 ? 2 : 3;
        advance(track, stage, movedOn.minusDays(1), false);
        LocalDate on = track.fit(movedOn, today);
        for (Enrolment enrolment : track.enrolments) {
            if (enrolment.isActive()) {
                enrolment.withdraw(on, "Déménagement hors du territoire du CRI", track.agent(), at(on));
            }
        }
        List<Area> others = context.areas().stream().filter(area -> !area.cri().equals(track.area.cri())).toList();
        Area next = DemoPopulation.weighted(random, others, Area::weight);
        List<Place> places = context.placesOf(next.cri());
        Place place = places.get(random.nextInt(places.size()));
        track.person.moveTo(new be.wallonie.parcours.domain.shared.NisCode(place.nisCode()));
        if (track.person.contact().address() != null) {
            track.person.updateContact(new be.wallonie.parcours.domain.person.Contact(
                    new be.wallonie.parcours.domain.shared.Address("Rue de la Station " + between(random, 1, 120),
                            place.postalCode(), place.locality()),
                    track.person.contact().phone(), track.person.contact().email()));
        }
        CaseFile successor = track.file.transferTo(next.cri(),
                be.wallonie.parcours.domain.casefile.PersonAtTransfer.of(track.person, next.cri()), on,
                "Déménagement vers " + place.commune(),
                track.agent(), at(on));
        context.add(successor);
        Track continued = new Track(track.person, successor, next, random, track.francophone);
        long left = today.toEpochDay() - on.toEpochDay();
        int nextStage = left < 40 ? random.nextInt(2) : left < 120 ? random.nextInt(3) : random.nextInt(4);
        advance(continued, nextStage, today, true);
        finishLater = continued;
    }

    private Track finishLater;

    private void close(Track track, Random random, boolean obliged) {
        LocalDate openedOn = track.file.openedOn();
        long span = today.toEpochDay() - openedOn.toEpochDay();
        ClosureReason reason;
        int draw = random.nextInt(100);
        if (!obliged) {
            reason = draw < 80 ? ClosureReason.VOLUNTEER_WITHDREW : ClosureReason.LEFT_BELGIUM;
        } else if (draw < 30) {
            reason = ClosureReason.LEFT_BELGIUM;
        } else if (draw < 50) {
            reason = ClosureReason.MOVED_OUT_OF_SCOPE;
        } else if (draw < 78) {
            reason = ClosureReason.NO_LONGER_OBLIGED;
        } else if (draw < 88) {
            reason = ClosureReason.OPENED_IN_ERROR;
        } else if (draw < 92) {
            reason = ClosureReason.DECEASED;
        } else {
            reason = ClosureReason.OTHER;
        }
        LocalDate closedOn = reason == ClosureReason.OPENED_IN_ERROR
                ? openedOn.plusDays(between(random, 1, 10))
                : openedOn.plusDays(Math.min(span, Math.max(20, span * between(random, 30, 100) / 100)));
        if (closedOn.isAfter(today)) {
            closedOn = today;
        }
        int stage = reason == ClosureReason.OPENED_IN_ERROR ? 0 : between(random, 0, 3);
        advance(track, stage, closedOn.minusDays(1).isBefore(openedOn) ? openedOn : closedOn.minusDays(1), false);
        LocalDate on = track.fit(closedOn, today);
        String note = null;
        if (reason == ClosureReason.NO_LONGER_OBLIGED) {
            track.person.recordEmployment(new EmploymentPeriod(on.minusDays(between(random, 100, 160)), null,
                    random.nextBoolean() ? BigDecimal.ONE : new BigDecimal("0.8")));
            ObligationAssessment reassessed = context.assess(track.person, on, track.agent());
            if (reassessed.status() == ObligationStatus.OBLIGED || reassessed.criCode().isEmpty()) {
                reason = ClosureReason.LEFT_BELGIUM;
            } else {
                track.file.applyAssessment(reassessed, track.agent(), at(on));
                note = "Emploi à temps plein depuis plus de trois mois (dispense D4)";
            }
        } else if (reason == ClosureReason.OTHER) {
            note = "Injoignable depuis plus de six mois malgré trois rappels";
        } else if (reason == ClosureReason.MOVED_OUT_OF_SCOPE) {
            note = "Déménagement en Région de Bruxelles-Capitale";
        }
        for (Enrolment enrolment : track.enrolments) {
            if (enrolment.isActive() && EnumSet.of(CaseFileState.IN_PROGRESS, CaseFileState.SUSPENDED)
                    .contains(track.file.state())) {
                enrolment.withdraw(on, "Clôture du dossier", track.agent(), at(on));
            }
        }
        track.file.close(reason, note, on, track.area.supervisor(), at(on));
    }

    /** Records the continuation of a transferred file too, once the person's files are written. */
    void flush() {
        if (finishLater != null) {
            finish(finishLater);
            finishLater = null;
        }
    }
}
