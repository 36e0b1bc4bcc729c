package be.wallonie.parcours.domain;

import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.casefile.CaseFileFixture;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.obligation.ObligationSettings;
import be.wallonie.parcours.domain.reception.CefrLevel;
import be.wallonie.parcours.domain.reception.FrenchTestWaiver;
import be.wallonie.parcours.domain.reception.ReceptionFixture;
import be.wallonie.parcours.domain.reception.ReceptionModule;
import java.time.LocalDate;

/**
 * Case files brought to a step of the parcours, with the reception module and the convention that go with them.
 *
 * @param file       the case file
 * @param reception  its reception module
 * @param convention its convention
 */
public record ParcoursFixture(CaseFile file, ReceptionModule reception, Convention convention) {

    public static final ObligationSettings SETTINGS = ObligationSettings.defaults();

    /** The Moroccan newcomer's convention signed on this day: CRIPEL, obliged until 2024-09-10. */
    public static final LocalDate MOROCCAN_SIGNED_ON = LocalDate.of(2023, 5, 22);

    /**
     * Opened 2023-04-03; social review 2023-04-17 (ISP recommended), French test 2023-04-24 (A1), rights and duties
     * 2023-05-08; convention proposed 2023-05-15 with the four axes.
     */
    public static ParcoursFixture proposedForObligedMoroccan() {
        CaseFile file = CaseFileFixture.obligedMoroccanOpened();
        ReceptionModule reception = ReceptionFixture.completed(file, file.openedOn(), CefrLevel.A1, true);
        LocalDate proposedOn = LocalDate.of(2023, 5, 15);
        Convention convention = Convention.propose(file, reception, proposedOn, Staff.AGENT, Staff.at(proposedOn));
        return new ParcoursFixture(file, reception, convention);
    }

    /** As {@link #proposedForObligedMoroccan()}, signed on 2023-05-22: ends on 2024-09-10. */
    public static ParcoursFixture signedForObligedMoroccan() {
        ParcoursFixture proposed = proposedForObligedMoroccan();
        proposed.convention().sign(MOROCCAN_SIGNED_ON, SETTINGS, Staff.AGENT, Staff.at(MOROCCAN_SIGNED_ON));
        return proposed;
    }

    /**
     * A volunteer opened 2025-02-03 at CAI, French test waived (A2 certificate), no ISP; signed on 2025-03-03 for
     * reception and citizenship, until 2028-03-03 (3-year regime).
     */
    public static ParcoursFixture signedForTurkishVolunteer() {
        CaseFile file = CaseFileFixture.turkishVolunteerOpened();
        LocalDate start = file.openedOn();
        ReceptionModule reception = ReceptionModule.startFor(file, Staff.AGENT_OF_NAMUR, Staff.at(start));
        reception.recordSocialReview(ReceptionFixture.socialReview(start.plusWeeks(1), false), Staff.AGENT_OF_NAMUR,
                Staff.at(start.plusWeeks(1)));
        reception.waiveFrenchTest(FrenchTestWaiver.CERTIFICATE_A2_OR_ABOVE, Staff.AGENT_OF_NAMUR,
                Staff.at(start.plusWeeks(1)));
        LocalDate signedOn = LocalDate.of(2025, 3, 3);
        Convention convention = Convention.propose(file, reception, signedOn, Staff.AGENT_OF_NAMUR,
                Staff.at(signedOn));
        convention.sign(signedOn, SETTINGS, Staff.AGENT_OF_NAMUR, Staff.at(signedOn));
        return new ParcoursFixture(file, reception, convention);
    }
}
