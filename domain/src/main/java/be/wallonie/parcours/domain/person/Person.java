package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.obligation.EmploymentPeriod;
import be.wallonie.parcours.domain.obligation.ObligationFacts;
import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.LanguageCode;
import be.wallonie.parcours.domain.shared.NisCode;
import be.wallonie.parcours.domain.shared.ViolationCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A newcomer (<i>personne primo-arrivante</i>, CWASS art. 150) registered by a CRI: identity, residence, contact,
 * languages, and the facts that the obligation rules read (permits, work, studies, diplomas, certificates). The
 * person is registered once for all CRIs: an exact national-number match is a duplicate (see
 * {@link DuplicateDetection}). The CRI that registered the person is kept; which CRI follows the person is a matter of
 * case files.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private UUID id;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "first_names")
    private String firstNames;
    @Column(name = "normalised_last_name")
    private String normalisedLastName;
    @Column(name = "normalised_first_names")
    private String normalisedFirstNames;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String nationality;
    @Column(name = "national_number")
    private String nationalNumber;
    @Column(name = "commune_nis")
    private String communeNis;
    @Embedded
    private Contact contact;
    @Column(name = "preferred_language")
    private String preferredLanguage;
    @Column(name = "interpreter_language")
    private String interpreterLanguage;
    @Column(name = "cpas_beneficiary")
    private boolean cpasBeneficiary;
    @Embedded
    private DispenseFacts dispenseFacts;
    @ElementCollection
    @CollectionTable(name = "residence_permit", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("orderDate")
    private List<ResidencePermit> permits = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "employment_period", joinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("start")
    private List<EmploymentPeriod> employment = new ArrayList<>();
    @Column(name = "registered_by_cri")
    private String registeredByCri;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Version
    private long version;

    protected Person() {
    }

    /**
     * Registers a newcomer at intake. Run {@link DuplicateDetection} first: this constructor does not look for the
     * person elsewhere.
     */
    public Person(Identity identity, NisCode communeOfResidence, String registeredByCri, Instant registeredAt) {
        this.id = UUID.randomUUID();
        applyIdentity(identity);
        this.communeNis = Objects.requireNonNull(communeOfResidence, "communeOfResidence").value();
        this.contact = Contact.NONE;
        this.dispenseFacts = DispenseFacts.NONE;
        this.registeredByCri = Objects.requireNonNull(registeredByCri, "registeredByCri");
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /** Corrects the names, birth date, nationality or national number (the intake found a typing error). */
    public void correctIdentity(Identity identity) {
        applyIdentity(identity);
    }

    private void applyIdentity(Identity identity) {
        Objects.requireNonNull(identity, "identity");
        permits.forEach(permit -> requireOrderedAfterBirth(permit, identity.birthDate()));
        NormalisedName normalised = identity.name().normalised();
        this.lastName = identity.name().lastName();
        this.firstNames = identity.name().firstNames();
        this.normalisedLastName = normalised.lastName();
        this.normalisedFirstNames = normalised.firstNames();
        this.birthDate = identity.birthDate();
        this.nationality = identity.nationality().value();
        this.nationalNumber = identity.knownNationalNumber().map(NationalNumber::value).orElse(null);
    }

    /** The person now lives in another commune. Whether the case file follows to another CRI is a transfer. */
    public void moveTo(NisCode commune) {
        this.communeNis = Objects.requireNonNull(commune, "commune").value();
    }

    public void updateContact(Contact contact) {
        this.contact = Objects.requireNonNull(contact, "contact");
    }

    /**
     * @param preferred   the language to write and speak to the person in, or {@code null} when not known
     * @param interpreter the language of the interpreter the person needs, or {@code null} when none is needed
     */
    public void updateLanguages(LanguageCode preferred, LanguageCode interpreter) {
        this.preferredLanguage = preferred == null ? null : preferred.value();
        this.interpreterLanguage = interpreter == null ? null : interpreter.value();
    }

    /** Whether the person receives aid from the CPAS, which then receives a copy of the final attestation. */
    public void recordCpasBeneficiary(boolean beneficiary) {
        this.cpasBeneficiary = beneficiary;
    }

    /** A new permit: a renewal, or a permit on another basis that can start a new obligation. Re-assess after. */
    public void addResidencePermit(ResidencePermit permit) {
        Objects.requireNonNull(permit, "permit");
        requireOrderedAfterBirth(permit, birthDate);
        permits.add(permit);
    }

    /** Replaces every permit at once (an update of the whole record). Re-assess after. */
    public void replaceResidencePermits(List<ResidencePermit> newPermits) {
        Objects.requireNonNull(newPermits, "newPermits");
        newPermits.forEach(permit -> requireOrderedAfterBirth(permit, birthDate));
        permits.clear();
        permits.addAll(newPermits);
    }

    /** Replaces every period of work at once (an update of the whole record). Re-assess after. */
    public void replaceEmployment(List<EmploymentPeriod> periods) {
        Objects.requireNonNull(periods, "periods");
        employment.clear();
        employment.addAll(periods);
    }

    /** A new period of work (dispense D4 when at least half-time for more than 3 months). Re-assess after. */
    public void recordEmployment(EmploymentPeriod period) {
        employment.add(Objects.requireNonNull(period, "period"));
    }

    /**
     * The ongoing period of work that started on {@code start} ended on {@code end}.
     *
     * @throws InvalidValueException when no ongoing period started that day, or when it would end before it started
     */
    public void endEmployment(LocalDate start, LocalDate end) {
        EmploymentPeriod ongoing = employment.stream()
                .filter(period -> period.end() == null && period.start().equals(start))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("start", ViolationCode.ONGOING_EMPLOYMENT_START));
        EmploymentPeriod ended = new EmploymentPeriod(ongoing.start(), end, ongoing.fraction());
        employment.set(employment.indexOf(ongoing), ended);
    }

    public void updateDispenseFacts(DispenseFacts facts) {
        this.dispenseFacts = Objects.requireNonNull(facts, "facts");
    }

    /**
     * The facts the obligation rules read, as they stand on {@code asOf}: the permit assessed on that day (see
     * {@link ResidencePermits}), its family link, the legal stay proven by the permits, every work period, and the
     * other dispense facts. Built by {@link ObligationFacts#builder()}, which applies the defaults and consistency
     * checks of the rules.
     *
     * @param communes resolves the commune of residence to its CRI, as the reference data says on that day
     */
    public ObligationFacts obligationFacts(LocalDate asOf, Function<NisCode, Optional<CommuneOfResidence>> communes) {
        ObligationFacts.Builder facts = ObligationFacts.builder()
                .asOf(asOf)
                .birthDate(birthDate)
                .nationality(nationality)
                .communeNis(communeNis, communes)
                .studyStatus(dispenseFacts.studyStatus())
                .belgianDiploma(dispenseFacts.belgianDiploma())
                .medicalCertificate(dispenseFacts.medicalCertificate())
                .priorAttestation(dispenseFacts.priorAttestation());
        ResidencePermits residencePermits = new ResidencePermits(permits);
        residencePermits.assessedOn(asOf).ifPresent(permit -> facts
                .permit(permit.permitType(), permit.orderDate(), permit.validityMonths())
                .familyMemberOf(permit.familyLink()));
        residencePermits.legalStayStartOn(asOf).ifPresent(facts::legalStayStart);
        employment.forEach(period -> facts.employment(period.start(), period.end(), period.fraction()));
        return facts.build();
    }

    private static void requireOrderedAfterBirth(ResidencePermit permit, LocalDate birthDate) {
        if (permit.orderDate().isBefore(birthDate)) {
            throw new InvalidValueException("permits.orderDate", ViolationCode.NOT_BEFORE,
                    Map.of("other", "birthDate"));
        }
    }

    public UUID id() {
        return id;
    }

    public Identity identity() {
        return new Identity(name(), birthDate, nationality(), nationalNumber().orElse(null));
    }

    public PersonName name() {
        return new PersonName(lastName, firstNames);
    }

    public NormalisedName normalisedName() {
        return new NormalisedName(normalisedLastName, normalisedFirstNames);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public CountryCode nationality() {
        return new CountryCode(nationality);
    }

    public Optional<NationalNumber> nationalNumber() {
        return Optional.ofNullable(nationalNumber).map(NationalNumber::new);
    }

    public NisCode communeOfResidence() {
        return new NisCode(communeNis);
    }

    public Contact contact() {
        // Hibernate loads an embeddable whose columns are all null as null: no contact at all is Contact.NONE
        return contact == null ? Contact.NONE : contact;
    }

    public Optional<LanguageCode> preferredLanguage() {
        return Optional.ofNullable(preferredLanguage).map(LanguageCode::new);
    }

    public Optional<LanguageCode> interpreterLanguage() {
        return Optional.ofNullable(interpreterLanguage).map(LanguageCode::new);
    }

    public boolean needsInterpreter() {
        return interpreterLanguage != null;
    }

    public boolean cpasBeneficiary() {
        return cpasBeneficiary;
    }

    public DispenseFacts dispenseFacts() {
        return dispenseFacts;
    }

    /** Every permit, by order date. */
    public List<ResidencePermit> permits() {
        return permits.stream().sorted(Comparator.comparing(ResidencePermit::orderDate)).toList();
    }

    public List<EmploymentPeriod> employment() {
        return List.copyOf(employment);
    }

    public String registeredByCri() {
        return registeredByCri;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** For optimistic locking: the API's {@code ETag}. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
