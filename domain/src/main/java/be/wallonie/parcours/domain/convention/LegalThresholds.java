package be.wallonie.parcours.domain.convention;

import be.wallonie.parcours.domain.obligation.RuleSetVersion;
import be.wallonie.parcours.domain.reception.CefrLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * The legal parameters of the axes, effective-dated: a decree that changes them adds requirements valid from its
 * entry into force and never edits earlier ones. The requirement of a convention is the one in force on the day it is
 * signed (or, before that, proposed).
 * <p>
 * The decree of 28 April 2016 set 20 hours of citizenship and 120 hours of French; the decree of 8 November 2018 and
 * the AGW of 20 December 2018 raised them to 60 and 400 hours and set 4 hours of socio-professional orientation. Only
 * the 2018 parameters are kept: no convention managed here was signed before 17 December 2018.
 */
public final class LegalThresholds {

    private static final String DECREE_2018 = "Decree of 8 November 2018 amending the CWASS (in force on"
            + " 17 December 2018) and AGW of 20 December 2018";

    private static final List<AxisRequirement> REQUIREMENTS = List.of(
            new AxisRequirement(Axis.RECEPTION, RuleSetVersion.OBLIGATION_IN_FORCE, 0, null, false,
                    "Decree of 28 April 2016 amending the CWASS: social review, rights and duties, French test"),
            new AxisRequirement(Axis.CITIZENSHIP, RuleSetVersion.DECREE_2018_IN_FORCE, 60, null, false, DECREE_2018),
            new AxisRequirement(Axis.FRENCH, RuleSetVersion.DECREE_2018_IN_FORCE, 400, CefrLevel.A2, false,
                    DECREE_2018),
            new AxisRequirement(Axis.SOCIO_PROFESSIONAL, RuleSetVersion.DECREE_2018_IN_FORCE, 4, null, true,
                    DECREE_2018));

    private LegalThresholds() {
    }

    /** Every requirement, oldest first. */
    public static List<AxisRequirement> history() {
        return REQUIREMENTS;
    }

    /**
     * The requirement of {@code axis} in force on {@code day}.
     *
     * @throws IllegalArgumentException before the first requirement of the axis kept here
     */
    public static AxisRequirement requirementFor(Axis axis, LocalDate day) {
        AxisRequirement inForce = null;
        for (AxisRequirement requirement : REQUIREMENTS) {
            if (requirement.axis() == axis && !requirement.validFrom().isAfter(day)) {
                inForce = requirement;
            }
        }
        if (inForce == null) {
            throw new IllegalArgumentException("No requirement of " + axis + " is kept for " + day);
        }
        return inForce;
    }
}
