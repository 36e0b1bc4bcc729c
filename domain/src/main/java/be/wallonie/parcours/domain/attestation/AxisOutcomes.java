package be.wallonie.parcours.domain.attestation;

import java.util.List;

import be.wallonie.parcours.domain.casefile.CaseFile;

/**
 * The hours attended and the equivalences of each axis of a file, as the attendance ledger derives them: what the
 * attestation prints for each axis. An axis not listed is printed as done, without hours.
 */
@FunctionalInterface
public interface AxisOutcomes {

    List<AxisOutcome> of(CaseFile caseFile);
}
