package be.wallonie.parcours.domain.obligation;

import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.InvalidValueException;
import be.wallonie.parcours.domain.shared.NisCode;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The facts of one person that the obligation rules read (CWASS art. 150 and 152/7). The constructor applies the
 * defaults of the contract and rejects inconsistent facts with an {@link InvalidValueException} whose fields are
 * those of the request ({@code birthDate}, {@code permit.orderDate}, {@code employment[0].fraction}).
 *
 * @param asOf               the day of the assessment; employment (D4) is judged on this day
 * @param birthDate          date of birth; age (D3) is taken on the reference date
 * @param nationality        the nationality; {@code BE} for a Belgian
 * @param commune            the commune of residence, resolved to its CRI or to the German-language region
 * @param permit             the residence permit, or {@code null} when the person has none
 * @param legalStayStart     first day of legal stay in Belgium, earlier permits included; defaults to the permit order
 *                           date
 * @param familyMemberOf     the family link the permit rests on; defaults to {@link FamilyLink#NONE}
 * @param employment         work periods, for D4; defaults to none
 * @param studyStatus        for D5; defaults to {@link StudyStatus#NONE}
 * @param belgianDiploma     D2
 * @param medicalCertificate D1
 * @param priorAttestation   D7
 */
public record ObligationFacts(LocalDate asOf, LocalDate birthDate, CountryCode nationality, CommuneOfResidence commune,
        ResidencePermitFacts permit, LocalDate legalStayStart, FamilyLink familyMemberOf,
        List<EmploymentPeriod> employment, StudyStatus studyStatus, boolean belgianDiploma,
        boolean medicalCertificate, boolean priorAttestation) {

    public ObligationFacts {
        familyMemberOf = familyMemberOf == null ? FamilyLink.NONE : familyMemberOf;
        studyStatus = studyStatus == null ? StudyStatus.NONE : studyStatus;
        employment = employment == null ? List.of() : employment;
        if (legalStayStart == null && permit != null) {
            legalStayStart = permit.orderDate();
        }
        Violations violations = new Violations();
        violations.require(asOf, "asOf");
        violations.require(birthDate, "birthDate");
        violations.require(nationality, "nationality");
        violations.require(commune, "communeNis");
        for (int index = 0; index < employment.size(); index++) {
            violations.require(employment.get(index), "employment[" + index + "]");
        }
        if (birthDate != null && asOf != null) {
            violations.check(!birthDate.isAfter(asOf), "birthDate", ViolationCode.NOT_AFTER, Map.of("other", "asOf"));
        }
        if (birthDate != null && permit != null) {
            violations.check(!permit.orderDate().isBefore(birthDate), "permit.orderDate",
                    ViolationCode.NOT_BEFORE, Map.of("other", "birthDate"));
        }
        if (permit != null) {
            violations.check(!legalStayStart.isAfter(permit.orderDate()), "legalStayStart",
                    ViolationCode.NOT_AFTER, Map.of("other", "permit.orderDate"));
        }
        violations.throwIfAny();
        employment = List.copyOf(employment);
    }

    /**
     * The same facts without those declared at the desk for a dispense: studies (D5), a Belgian diploma (D2), a
     * medical certificate (D1), a prior attestation (D7), periods of work (D4). A dispense that rests on them alone
     * waits for a supervisor's confirmation on evidence; the verdict on the facts without them says what the person
     * is meanwhile.
     */
    public ObligationFacts withoutDeclaredDispenses() {
        return new ObligationFacts(asOf, birthDate, nationality, commune, permit, legalStayStart, familyMemberOf,
                List.of(), StudyStatus.NONE, false, false, false);
    }

    /**
     * The reference date of the assessment: the day the permit was ordered, or {@code asOf} when there is no permit.
     */
    public LocalDate referenceDate() {
        return permit == null ? asOf : permit.orderDate();
    }

    public boolean hasPermitOfType(PermitType type) {
        return permit != null && permit.type() == type;
    }

    /** Age in completed years on {@code day}. */
    public int ageOn(LocalDate day) {
        return completedYears(birthDate, day);
    }

    /** Completed years of legal stay on {@code day}, when the start of legal stay is known. */
    public Optional<Integer> yearsOfLegalStayOn(LocalDate day) {
        return Optional.ofNullable(legalStayStart).map(start -> completedYears(start, day));
    }

    /**
     * Whole years from {@code from} to {@code to}. A year is completed on its anniversary, computed like every period
     * of these rules with {@code plusYears}, which clamps to the end of the month: someone born on 29 February turns a
     * year older on 28 February in a common year.
     */
    private static int completedYears(LocalDate from, LocalDate to) {
        int years = Period.between(from, to).getYears();
        return from.plusYears(years + 1L).isAfter(to) ? years : years + 1;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds the facts from the fields of a request, applying the defaults of the contract and reporting every faulty
     * field at once, by its request path, in one {@link InvalidValueException}.
     */
    public static final class Builder {

        private record RawEmployment(LocalDate start, LocalDate end, BigDecimal fraction) {
        }

        private record RawPermit(PermitType type, LocalDate orderDate, int validityMonths) {
        }

        private final List<RawEmployment> employment = new ArrayList<>();
        private LocalDate asOf;
        private LocalDate birthDate;
        private String nationality;
        private Function<Violations, CommuneOfResidence> commune = violations -> null;
        private RawPermit permit;
        private LocalDate legalStayStart;
        private FamilyLink familyMemberOf;
        private StudyStatus studyStatus;
        private boolean belgianDiploma;
        private boolean medicalCertificate;
        private boolean priorAttestation;

        private Builder() {
        }

        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        public Builder birthDate(LocalDate birthDate) {
            this.birthDate = birthDate;
            return this;
        }

        /** The nationality as an ISO 3166-1 alpha-2 code; an unknown code is reported as {@code nationality}. */
        public Builder nationality(String isoCode) {
            this.nationality = isoCode;
            return this;
        }

        public Builder commune(CommuneOfResidence commune) {
            this.commune = violations -> commune;
            return this;
        }

        /**
         * The commune of residence from its NIS code, found with {@code communes} (the reference data); a malformed or
         * unknown code is reported as {@code communeNis}.
         */
        public Builder communeNis(String nisCode, Function<NisCode, Optional<CommuneOfResidence>> communes) {
            this.commune = violations -> {
                NisCode parsed = nisCode == null ? null : violations.nested("communeNis", () -> new NisCode(nisCode));
                CommuneOfResidence found = parsed == null ? null : communes.apply(parsed).orElse(null);
                violations.check(parsed == null || found != null, "communeNis",
                        ViolationCode.KNOWN_COMMUNE);
                return found;
            };
            return this;
        }

        /**
         * The residence permit; without a call, the person has none.
         *
         * @param validityMonths {@code null} for the default of {@value ResidencePermitFacts#DEFAULT_VALIDITY_MONTHS}
         */
        public Builder permit(PermitType type, LocalDate orderDate, Integer validityMonths) {
            this.permit = new RawPermit(type, orderDate,
                    validityMonths == null ? ResidencePermitFacts.DEFAULT_VALIDITY_MONTHS : validityMonths);
            return this;
        }

        public Builder legalStayStart(LocalDate legalStayStart) {
            this.legalStayStart = legalStayStart;
            return this;
        }

        public Builder familyMemberOf(FamilyLink familyMemberOf) {
            this.familyMemberOf = familyMemberOf;
            return this;
        }

        /** Adds a work period; {@code end} is {@code null} while it is ongoing. */
        public Builder employment(LocalDate start, LocalDate end, BigDecimal fraction) {
            employment.add(new RawEmployment(start, end, fraction));
            return this;
        }

        public Builder studyStatus(StudyStatus studyStatus) {
            this.studyStatus = studyStatus;
            return this;
        }

        /** D2; {@code null} means false. */
        public Builder belgianDiploma(Boolean belgianDiploma) {
            this.belgianDiploma = Boolean.TRUE.equals(belgianDiploma);
            return this;
        }

        /** D1; {@code null} means false. */
        public Builder medicalCertificate(Boolean medicalCertificate) {
            this.medicalCertificate = Boolean.TRUE.equals(medicalCertificate);
            return this;
        }

        /** D7; {@code null} means false. */
        public Builder priorAttestation(Boolean priorAttestation) {
            this.priorAttestation = Boolean.TRUE.equals(priorAttestation);
            return this;
        }

        /**
         * @throws InvalidValueException naming every faulty field
         */
        public ObligationFacts build() {
            Violations violations = new Violations();
            CommuneOfResidence residence = commune.apply(violations);
            CountryCode country = nationality == null
                    ? null
                    : violations.nested("nationality", () -> new CountryCode(nationality));
            ResidencePermitFacts residencePermit = permit == null
                    ? null
                    : violations.nested("permit",
                            () -> new ResidencePermitFacts(permit.type(), permit.orderDate(), permit.validityMonths()));
            List<EmploymentPeriod> periods = new ArrayList<>();
            for (int index = 0; index < employment.size(); index++) {
                RawEmployment raw = employment.get(index);
                EmploymentPeriod period = violations.nested("employment[" + index + "]",
                        () -> new EmploymentPeriod(raw.start(), raw.end(), raw.fraction()));
                if (period != null) {
                    periods.add(period);
                }
            }
            ObligationFacts facts = null;
            try {
                facts = new ObligationFacts(asOf, birthDate, country, residence, residencePermit, legalStayStart,
                        familyMemberOf, periods, studyStatus, belgianDiploma, medicalCertificate, priorAttestation);
            } catch (InvalidValueException invalid) {
                violations.absorb(invalid);
            }
            violations.throwIfAny();
            return facts;
        }
    }
}
