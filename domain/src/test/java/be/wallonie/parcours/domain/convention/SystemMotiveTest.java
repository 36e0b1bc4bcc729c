package be.wallonie.parcours.domain.convention;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.parcours.domain.reception.CefrLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A motive Parcours writes is recognised back as its code and arguments; a person's words are not. */
class SystemMotiveTest {

    @Test
    void aRecordedMotiveIsRecognisedWithItsArguments() {
        String recorded = SystemMotive.FRENCH_CERTIFICATE.recorded(Map.of("level", CefrLevel.B1, "minimumLevel",
                CefrLevel.A2));

        assertThat(SystemMotive.recognise(recorded)).contains(new SystemMotive.Recognised(
                SystemMotive.FRENCH_CERTIFICATE, Map.of("level", "B1", "minimumLevel", "A2")));
        assertThat(SystemMotive.recognise("Proposal from the reception module"))
                .contains(new SystemMotive.Recognised(SystemMotive.PROPOSAL, Map.of()));
        assertThat(SystemMotive.recognise("proposal revised")).map(SystemMotive.Recognised::motive)
                .contains(SystemMotive.PROPOSAL_REVISED);
    }

    @Test
    void aPersonsWordsAreNotAMotiveOfParcours() {
        assertThat(SystemMotive.recognise("Proposal from the reception module, signed later")).isEmpty();
        assertThat(SystemMotive.recognise("Hospitalisation")).isEmpty();
        assertThat(SystemMotive.recognise(null)).isEmpty();
    }
}
