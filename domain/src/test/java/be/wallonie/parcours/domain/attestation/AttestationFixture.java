package be.wallonie.parcours.domain.attestation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.access.Role;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.territory.Cri;

/** Completed case files and their attestations, issued by CRIPEL's supervisor. */
final class AttestationFixture {

    static final LocalDate SIGNED_ON = LocalDate.of(2023, 6, 1);
    static final LocalDate COMPLETED_ON = LocalDate.of(2024, 6, 28);
    static final LocalDate ISSUED_ON = LocalDate.of(2024, 7, 2);
    static final IssuingOfficer SUPERVISOR = new IssuingOfficer(Staff.SUPERVISOR, "Françoise Lemaître",
            Role.CRI_SUPERVISOR, "CRIPEL");
    static final IssuingOfficer SUPERVISOR_OF_NAMUR = new IssuingOfficer("supervisor.cai", "Jean Dupont",
            Role.CRI_SUPERVISOR, "CAI");
    static final IssuingOfficer AGENT = new IssuingOfficer(Staff.AGENT, "Marc Agent", Role.CRI_AGENT, "CRIPEL");
    static final Cri CRIPEL = new Cri("CRIPEL", "Centre Régional pour l'Intégration des personnes étrangères de Liège",
            "Liège");
    static final Cri CAI = new Cri("CAI", "Centre d'Action Interculturelle de la province de Namur", "Namur");
    static final Set<Axis> ALL_AXES = EnumSet.allOf(Axis.class);
    /** Renders a fake document: its text only, enough to hash. */
    static final AttestationRenderer RENDERER = attestation -> ("%PDF-fake " + attestation.number())
            .getBytes(StandardCharsets.UTF_8);

    private AttestationFixture() {
    }

    /** A file walked to {@code COMPLETED} on {@link #COMPLETED_ON}. */
    static CaseFile completedFileOf(Person person, LocalDate openedOn) {
        CaseFile file = CaseFileFixture.openedFor(person, openedOn);
        file.startReception(Staff.AGENT, Staff.at(openedOn));
        file.recordConventionSigned(SIGNED_ON, Staff.AGENT, Staff.at(SIGNED_ON));
        file.startTraining(SIGNED_ON, Staff.AGENT, Staff.at(SIGNED_ON));
        file.complete(COMPLETED_ON, Staff.AGENT, Staff.at(COMPLETED_ON));
        return file;
    }

    /** Every axis required, those named unfinished, the others done on {@link #COMPLETED_ON}. */
    static AxisCompletion completion(Axis... unfinished) {
        Set<Axis> open = unfinished.length == 0 ? EnumSet.noneOf(Axis.class) : EnumSet.of(unfinished[0], unfinished);
        Map<Axis, LocalDate> done = new EnumMap<>(Axis.class);
        ALL_AXES.stream().filter(axis -> !open.contains(axis)).forEach(axis -> done.put(axis, COMPLETED_ON));
        return new AxisCompletion(ALL_AXES, open, done);
    }

    /** Citizenship in hours, French by an A2 certificate, socio-professional by a work release. */
    static List<AxisOutcome> outcomes() {
        return List.of(AxisOutcome.hours(Axis.CITIZENSHIP, new BigDecimal("61.5"), new BigDecimal("60")),
                AxisOutcome.equivalence(Axis.FRENCH,
                        Equivalence.a2Certificate(LocalDate.of(2024, 3, 15), "Institut de Promotion sociale de Liège")),
                AxisOutcome.equivalence(Axis.SOCIO_PROFESSIONAL, Equivalence.workRelease(LocalDate.of(2024, 1, 8))));
    }

    /** Numbers of the given sequence, whatever the CRI and year. */
    static AttestationNumbers number(long sequence) {
        return (cri, year) -> new AttestationNumber(cri, year, sequence);
    }

    static Attestation issue(CaseFile file, Person person) {
        return Attestation.issueFor(file, person, CRIPEL, SIGNED_ON, completion(), outcomes(), number(42),
                VerificationCode.random(), ISSUED_ON, SUPERVISOR, Staff.at(ISSUED_ON), RENDERER);
    }
}
