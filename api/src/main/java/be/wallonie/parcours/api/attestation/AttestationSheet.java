package be.wallonie.parcours.api.attestation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;

import be.wallonie.parcours.domain.attestation.Attestation;
import be.wallonie.parcours.domain.attestation.AttestationContent;
import be.wallonie.parcours.domain.attestation.AxisOutcome;
import be.wallonie.parcours.domain.attestation.Equivalence;
import be.wallonie.parcours.domain.attestation.EquivalenceKind;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.person.NationalNumber;

/**
 * The attestation as the template prints it: the frozen content in French words, dates and numbers. Built from the
 * attestation only, so that the PDF says what was frozen at issue and nothing else.
 */
@TemplateData
public record AttestationSheet(String number, String criCode, String criName, String criAddress, String lastName,
        String firstNames, String birthDate, String nationality, String nationalNumber, boolean obliged,
        String participation, List<Line> axes, String fileOpenedOn, String conventionSignedOn, String completedOn,
        String issuedOn, String officerName, String verificationCode, String verificationUrl, String qrCode) {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", FRENCH);

    /** One row of the table of axes. */
    @TemplateData
    public record Line(String axis, String result, String completedOn) {
    }

    static AttestationSheet of(Attestation attestation, String verificationUrl, String qrCode) {
        AttestationContent content = attestation.content();
        return new AttestationSheet(attestation.number().toString(), content.cri().code(), content.cri().name(),
                content.cri().address(), content.person().lastName(), content.person().firstNames(),
                date(content.person().birthDate()), country(content.person().nationality()),
                content.person().knownNationalNumber().map(digits -> new NationalNumber(digits).formatted())
                        .orElse(null),
                content.obliged(),
                content.obliged()
                        ? "Personne soumise à l'obligation de suivre le parcours d'intégration"
                        : "Personne ayant suivi le parcours d'intégration à titre volontaire",
                content.axes().stream().map(AttestationSheet::line).toList(), date(content.dates().fileOpenedOn()),
                date(content.dates().conventionSignedOn()), date(content.dates().completedOn()),
                date(content.dates().issuedOn()), content.officerName(), attestation.verificationCode().value(),
                verificationUrl, qrCode);
    }

    private static Line line(AxisOutcome outcome) {
        return new Line(label(outcome.axis()), result(outcome),
                outcome.completedOn() == null ? "" : date(outcome.completedOn()));
    }

    static String label(Axis axis) {
        switch (axis) {
            case RECEPTION :
                return "Module d'accueil";
            case CITIZENSHIP :
                return "Formation à la citoyenneté";
            case FRENCH :
                return "Français langue étrangère (FLE)";
            case SOCIO_PROFESSIONAL :
                return "Orientation socioprofessionnelle";
            default :
                throw new IllegalArgumentException("Unknown axis " + axis);
        }
    }

    private static String result(AxisOutcome outcome) {
        if (outcome.equivalence() != null) {
            Equivalence equivalence = outcome.equivalence();
            if (equivalence.kind() == EquivalenceKind.A2_CERTIFICATE) {
                return "Équivalence : certificat de niveau A2 du " + date(equivalence.on()) + ", délivré par "
                        + equivalence.issuer();
            }
            return "Dispense : mise à l'emploi du " + date(equivalence.on());
        }
        if (outcome.hoursAttended() != null) {
            return hours(outcome.hoursAttended()) + " h suivies sur " + hours(outcome.hoursRequired())
                    + " h requises";
        }
        return "Suivi";
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String date(LocalDate day) {
        return LONG_DATE.format(day);
    }

    private static String country(String isoCode) {
        String name = new Locale("", isoCode).getDisplayCountry(FRENCH);
        return name.isBlank() || name.equals(isoCode) ? isoCode : name;
    }
}
