package be.wallonie.parcours.domain.casefile;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.assessment.AssessmentFixture;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonFixture;
import java.time.LocalDate;
import java.util.List;

/** Case files opened the way the API opens them: on the person's assessment, by an agent. */
public final class CaseFileFixture {

    private CaseFileFixture() {
    }

    public static CaseFile openedFor(Person person, LocalDate on) {
        return CaseFile.open(AssessmentFixture.assess(person, on), List.of(), on, Staff.AGENT, Staff.at(on));
    }

    /** Obliged until 2024-09-10; opened at CRIPEL on 2023-04-03. */
    public static CaseFile obligedMoroccanOpened() {
        return openedFor(PersonFixture.obligedMoroccanInLiege(), PersonFixture.MOROCCAN_REGISTERED_ON);
    }

    /** A volunteer (dispensed D6) opened at CAI on 2025-02-03. */
    public static CaseFile turkishVolunteerOpened() {
        return openedFor(PersonFixture.turkishVolunteerInNamur(), LocalDate.of(2025, 2, 3));
    }
}
