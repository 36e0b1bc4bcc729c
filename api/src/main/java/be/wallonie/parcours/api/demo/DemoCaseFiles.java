package be.wallonie.parcours.api.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.wallonie.parcours.api.deadline.DeadlineRecomputationService;
import be.wallonie.parcours.api.attestation.AttestationService;
import be.wallonie.parcours.api.demo.DemoParcours.WrittenFile;
import be.wallonie.parcours.api.demo.DemoPopulation.Area;
import be.wallonie.parcours.api.demo.DemoPopulation.PersonPlan;
import be.wallonie.parcours.api.demo.DemoPopulation.Place;
import be.wallonie.parcours.api.obligation.CommunesOfResidence;
import be.wallonie.parcours.api.obligation.ObligationCheckResponse.Trace;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.assessment.ObligationAssessment;
import be.wallonie.parcours.domain.attestation.IssuingOfficer;
import be.wallonie.parcours.domain.casefile.CaseFileState;
import be.wallonie.parcours.domain.obligation.Deadline;
import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationFacts;
import be.wallonie.parcours.domain.obligation.ObligationRules;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.obligation.ObligationStatus;
import be.wallonie.parcours.domain.obligation.ObligationVerdict;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.person.CardType;
import be.wallonie.parcours.domain.person.Contact;
import be.wallonie.parcours.domain.person.Identity;
import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonName;
import be.wallonie.parcours.domain.person.ResidencePermit;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.LanguageCode;
import be.wallonie.parcours.domain.shared.NisCode;
import be.wallonie.parcours.domain.territory.Commune;
import be.wallonie.parcours.domain.territory.PostalLocality;

/**
 * The demo case files (issue 4, "Demo data"): about 300 newcomers spread over the 8 CRIs, each assessed by the real
 * rules engine, with case files in every state and consistent histories written through the domain's methods. See
 * {@code docs/demo-data.md}. Deterministic (a fixed seed; dates relative to the clock's today), idempotent (a marker
 * row in {@code demo_generation}), written in a few transactions. Logs counts only, never personal data.
 */
@ApplicationScoped
public class DemoCaseFiles {

    static final String MARKER = "case-files";
    private static final int PERSONS_PER_TRANSACTION = 60;
    private static final Logger LOG = Logger.getLogger(DemoCaseFiles.class);

    /**
     * What a generation wrote.
     *
     * @param personIds the persons written, in the order of the plan
     * @param files     each file written (a transferred file and its continuation are two), where it stands today
     * @param failures  persons whose parcours stopped on a refusal of the domain (a bug of the generator); 0
     */
    public record Summary(List<UUID> personIds, Map<ObligationStatus, Integer> verdicts, List<WrittenFile> files,
            int failures, long millis) {

        static Summary none() {
            return new Summary(List.of(), Map.of(), List.of(), 0, 0);
        }

        public Map<String, Integer> filesPerCri() {
            Map<String, Integer> counts = new TreeMap<>();
            files.forEach(file -> counts.merge(file.cri(), 1, Integer::sum));
            return counts;
        }

        public Map<CaseFileState, Integer> filesPerState() {
            Map<CaseFileState, Integer> counts = new TreeMap<>();
            files.forEach(file -> counts.merge(file.state(), 1, Integer::sum));
            return counts;
        }
    }

    private final EntityManager entityManager;
    private final ObligationRules rules;
    private final ObligationSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final AttestationService issuer;
    private final DeadlineRecomputationService deadlines;
    private final int persons;
    private volatile Summary lastRun = Summary.none();

    DemoCaseFiles(EntityManager entityManager, ObligationRules rules, ObligationSettings settings,
            ObjectMapper json, Clock clock, AttestationService issuer, DeadlineRecomputationService deadlines,
            @ConfigProperty(name = "parcours.demo.case-files.persons", defaultValue = "300") int persons) {
        this.issuer = issuer;
        this.deadlines = deadlines;
        this.persons = persons;
        this.entityManager = entityManager;
        this.rules = rules;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** What the last generation that wrote data wrote in this run of the application; nothing before. */
    public Summary lastRun() {
        return lastRun;
    }

    /** The plan of the demo persons as of today: the same on every call on the same day. */
    List<PersonPlan> plan() {
        LocalDate today = LocalDate.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> DemoPopulation.plan(today, places(), persons));
    }

    /** Writes the demo case files, unless they were written before. */
    public Summary generate() {
        long start = System.nanoTime();
        boolean done = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from demo_generation where name = ?1")
                .setParameter(1, MARKER)
                .getSingleResult()).longValue() > 0);
        if (done) {
            LOG.info("Demo mode: the demo case files exist already; none added");
            return Summary.none();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Place>> places = QuarkusTransaction.requiringNew().call(this::places);
        Map<String, CommuneOfResidence> communes = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("from Commune c left join fetch c.cri", Commune.class).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(Commune::nisCode, CommunesOfResidence::of)));
        List<PersonPlan> plans = DemoPopulation.plan(today, places, persons);
        Set<String> takenNumbers = QuarkusTransaction.requiringNew().call(() -> new HashSet<>(entityManager
                .createQuery("select p.nationalNumber from Person p where p.nationalNumber is not null", String.class)
                .getResultList()));
        List<UUID> personIds = new ArrayList<>();
        Map<ObligationStatus, Integer> verdicts = new TreeMap<>();
        List<WrittenFile> files = new ArrayList<>();
        int[] failures = {0};
        int[] attestations = {0};
        List<DemoParcours.AttestationToIssue> toIssue = new ArrayList<>();
        for (int from = 0; from < plans.size(); from += PERSONS_PER_TRANSACTION) {
            List<PersonPlan> chunk = plans.subList(from, Math.min(plans.size(), from + PERSONS_PER_TRANSACTION));
            boolean last = from + PERSONS_PER_TRANSACTION >= plans.size();
            QuarkusTransaction.requiringNew().run(() -> {
                // batch the inserts of this transaction (most rows are timeline events, written in a row per file)
                entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(100);
                Writer writer = new Writer(today, places, communes);
                DemoParcours parcours = new DemoParcours(writer, attestations[0]);
                for (PersonPlan plan : chunk) {
                    Person person = person(plan, takenNumbers);
                    entityManager.persist(person);
                    personIds.add(person.id());
                    ObligationAssessment assessment = writer.assess(person, plan.registeredOn(),
                            plan.area().agent());
                    verdicts.merge(assessment.status(), 1, Integer::sum);
                    try {
                        parcours.write(plan, person, assessment);
                    } catch (RuntimeException refused) {
                        failures[0]++;
                        LOG.warnf("Demo mode: demo person #%d: the parcours stopped: %s", plan.index(),
                                refused.getClass().getSimpleName() + ": " + refused.getMessage());
                    }
                }
                files.addAll(parcours.written());
                toIssue.addAll(parcours.toIssue());
                attestations[0] = parcours.attestations();
                if (last) {
                    entityManager.createNativeQuery(
                            "insert into demo_generation (name, generated_at, persons) values (?1, ?2, ?3)")
                            .setParameter(1, MARKER)
                            .setParameter(2, java.sql.Timestamp.from(clock.instant()))
                            .setParameter(3, personIds.size())
                            .executeUpdate();
                }
            });
        }
        for (DemoParcours.AttestationToIssue issue : toIssue) {
            try {
                issuer.issue(issue.caseFileId(), new IssuingOfficer(issue.supervisor(),
                        "Responsable " + issue.cri(), Role.CRI_SUPERVISOR, issue.cri()));
            } catch (RuntimeException refused) {
                failures[0]++;
                LOG.warnf("Demo mode: the attestation of case file %s was refused: %s", issue.caseFileId(),
                        refused.getMessage());
            }
        }
        // the files were written without the services: their stored deadlines are computed now, as after a bulk load
        deadlines.recomputeStale();
        long millis = (System.nanoTime() - start) / 1_000_000;
        lastRun = new Summary(List.copyOf(personIds), verdicts, List.copyOf(files), failures[0], millis);
        long atRisk = files.stream().filter(WrittenFile::atRisk).count();
        long overdue = files.stream().filter(WrittenFile::overdue).count();
        long reviewDue = files.stream().filter(WrittenFile::reviewDue).count();
        LOG.infof("Demo mode: %d demo persons (%s) and %d case files written in %d ms; per CRI %s; per state %s; "
                + "today %d at risk, %d overdue, %d review due; %d failures", personIds.size(), verdicts,
                files.size(), millis, lastRun.filesPerCri(), lastRun.filesPerState(), atRisk, overdue, reviewDue,
                failures[0]);
        return lastRun;
    }

    /** The communes of each CRI with one postal locality each, in a stable order. */
    private Map<String, List<Place>> places() {
        Map<String, List<PostalLocality>> localities = new HashMap<>();
        entityManager.createQuery("from PostalLocality l order by l.key.postalCode, l.key.locality",
                PostalLocality.class).getResultList()
                .forEach(locality -> localities.computeIfAbsent(locality.nisCode(), nis -> new ArrayList<>())
                        .add(locality));
        Map<String, List<Place>> places = new LinkedHashMap<>();
        List<Commune> communes = entityManager.createQuery("from Commune c order by c.nisCode", Commune.class)
                .getResultList();
        for (Commune commune : communes) {
            if (commune.germanSpeaking() || commune.cri() == null) {
                continue;
            }
            List<PostalLocality> ofCommune = localities.getOrDefault(commune.nisCode(), List.of());
            if (ofCommune.isEmpty()) {
                continue;
            }
            PostalLocality main = ofCommune.stream().filter(PostalLocality::mainLocality).findFirst()
                    .orElse(ofCommune.get(0));
            places.computeIfAbsent(commune.cri().code(), cri -> new ArrayList<>())
                    .add(new Place(commune.nisCode(), commune.nameFr(), main.postalCode(), main.locality()));
        }
        return places;
    }

    private Person person(PersonPlan plan, Set<String> takenNumbers) {
        String number = plan.nationalNumber() != null && takenNumbers.add(plan.nationalNumber())
                ? plan.nationalNumber()
                : null;
        Identity identity = new Identity(new PersonName(plan.lastName(), plan.firstNames()), plan.birthDate(),
                new CountryCode(plan.nationality()), number == null ? null : new NationalNumber(number));
        Person person = new Person(identity, new NisCode(plan.place().nisCode()), plan.area().cri(),
                DemoParcours.at(plan.registeredOn()));
        Address address = plan.street() == null
                ? null
                : new Address(plan.street(), plan.place().postalCode(), plan.place().locality());
        person.updateContact(new Contact(address, plan.phone(), plan.email()));
        LanguageCode language = new LanguageCode(plan.nationalityData().language());
        person.updateLanguages(language, plan.interpreter() ? language : null);
        person.recordCpasBeneficiary(plan.cpasBeneficiary());
        person.addResidencePermit(permit(plan));
        if (plan.employedFrom() != null) {
            person.recordEmployment(new EmploymentPeriod(plan.employedFrom(), null, java.math.BigDecimal.ONE));
        }
        return person;
    }

    private static ResidencePermit permit(PersonPlan plan) {
        LocalDate ordered = plan.orderDate();
        LocalDate issued = ordered.plusDays(14 + plan.index() % 30);
        if (issued.isAfter(plan.registeredOn())) {
            issued = null;
        }
        long seedDays = 150 + (plan.seed() & 0x1ff); // 150 to 661 days
        return switch (plan.permit()) {
            case REFUGEE -> new ResidencePermit(CardType.A, PermitType.REFUGEE, ordered, issued, 60,
                    ordered.minusDays(seedDays), FamilyLink.NONE);
            case SUBSIDIARY_PROTECTION -> new ResidencePermit(CardType.A, PermitType.SUBSIDIARY_PROTECTION, ordered,
                    issued, 12, ordered.minusDays(seedDays), FamilyLink.NONE);
            case FAMILY_THIRD_COUNTRY -> new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION, ordered,
                    issued, 12, null, FamilyLink.THIRD_COUNTRY_NATIONAL);
            case FAMILY_OF_BELGIAN -> new ResidencePermit(CardType.F, PermitType.EU_FAMILY, ordered, issued, 60, null,
                    FamilyLink.BELGIAN);
            case FAMILY_OF_UNION_CITIZEN -> new ResidencePermit(CardType.F, PermitType.EU_FAMILY, ordered, issued, 60,
                    null, FamilyLink.UE_PLUS_CITIZEN);
            case WORK, WORK_EMPLOYED -> new ResidencePermit(plan.nationality().equals("IN") ? CardType.H : CardType.A,
                    PermitType.WORK, ordered, issued, 12, null, FamilyLink.NONE);
            case STUDENT -> new ResidencePermit(CardType.A, PermitType.STUDENT, ordered, issued, 12, null,
                    FamilyLink.NONE);
            case RESEARCHER -> new ResidencePermit(CardType.A, PermitType.RESEARCHER, ordered, issued, 24, null,
                    FamilyLink.NONE);
            case REGULARISATION -> new ResidencePermit(CardType.A, PermitType.REGULARISATION, ordered, issued, 12,
                    ordered.minusDays(seedDays), FamilyLink.NONE);
            case REGULARISATION_LONG_STAY -> new ResidencePermit(CardType.B, PermitType.REGULARISATION, ordered,
                    issued, 60, ordered.minusYears(4).minusDays(seedDays), FamilyLink.NONE);
            case TEMPORARY_PROTECTION -> new ResidencePermit(CardType.A, PermitType.TEMPORARY_PROTECTION, ordered,
                    issued, 12, null, FamilyLink.NONE);
        };
    }

    /** The application side of the generator, for one transaction. */
    private final class Writer implements DemoParcours.Context {

        private final LocalDate today;
        private final Map<String, List<Place>> places;
        private final Map<String, Operator> operators = new HashMap<>();
        private final Map<String, CommuneOfResidence> communes;

        Writer(LocalDate today, Map<String, List<Place>> places, Map<String, CommuneOfResidence> communes) {
            this.today = today;
            this.places = places;
            this.communes = communes;
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public ObligationAssessment assess(Person person, LocalDate asOf, String by) {
            ObligationFacts facts = person.obligationFacts(asOf, this::commune);
            ObligationVerdict verdict = rules.evaluate(facts);
            ObligationAssessment assessment = ObligationAssessment.ofVerdict(person.id(), verdict, asOf,
                    write(facts), write(explanation(verdict)), by, DemoParcours.at(asOf));
            entityManager.persist(assessment);
            return assessment;
        }

        /** The explanation as the API stores it: the lines of the obligation check's response. */
        private static List<Trace> explanation(ObligationVerdict verdict) {
            List<Trace> lines = new ArrayList<>();
            verdict.explanation().forEach(line -> lines.add(new Trace(line.code().name(), line.provision(),
                    line.legalSource(), line.applied(), line.facts())));
            Deadline deadline = verdict.deadline();
            if (deadline != null) {
                Map<String, String> facts = new LinkedHashMap<>();
                facts.put("ruleSetVersion", verdict.ruleSetVersion().id());
                facts.put("regime", deadline.regime().name());
                facts.put("months", Integer.toString(deadline.regime().months()));
                facts.put("deadline", deadline.date().toString());
                lines.add(new Trace("DEADLINE", "Attestation due within " + deadline.regime().months()
                        + " months of the permit order date", deadline.regime().legalSource(), true, facts));
            }
            return lines;
        }

        private Optional<CommuneOfResidence> commune(NisCode nis) {
            return Optional.ofNullable(communes.get(nis.value()));
        }

        private String write(Object value) {
            try {
                return json.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return "{\"unserialisable\":\"" + value.getClass().getSimpleName() + "\"}";
            }
        }

        @Override
        public ObligationSettings settings() {
            return settings;
        }

        @Override
        public Operator operator(String code) {
            return operators.computeIfAbsent(code, key -> Optional
                    .ofNullable(entityManager.find(Operator.class, key))
                    .orElseThrow(() -> new IllegalStateException("Demo operator " + key + " is missing")));
        }

        @Override
        public void add(Object entity) {
            entityManager.persist(entity);
        }

        @Override
        public List<Place> placesOf(String cri) {
            return places.getOrDefault(cri, List.of());
        }

        @Override
        public List<Area> areas() {
            return DemoPopulation.AREAS.stream().filter(area -> places.containsKey(area.cri())).toList();
        }
    }
}
