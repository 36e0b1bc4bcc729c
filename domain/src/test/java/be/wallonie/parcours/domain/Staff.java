package be.wallonie.parcours.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Who acts in the tests, and when: every action happens at 10:00 in Brussels on the day given. */
public final class Staff {

    public static final String AGENT = "agent.cripel";
    public static final String SUPERVISOR = "supervisor.cripel";
    public static final String AGENT_OF_NAMUR = "agent.cai";

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Staff() {
    }

    /** The instant of an action on {@code day}. */
    public static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(BRUSSELS).toInstant();
    }
}
