package be.wallonie.parcours.api.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import be.wallonie.parcours.domain.person.Identity;
import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.person.Person;
import be.wallonie.parcours.domain.person.PersonName;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.NisCode;

/**
 * Persons for the persistence tests of the api module (the domain's fixtures are not on its test classpath). Tests
 * share one database per JVM: names and national numbers carry a random part, so that each test finds its own.
 */
public final class PersonFixture {

    public static final String CRIPEL = "CRIPEL";
    public static final String CAI = "CAI";
    public static final String CRIC = "CRIC";
    public static final NisCode LIEGE = new NisCode("62063");
    public static final NisCode NAMUR = new NisCode("92094");
    public static final String AGENT = "agent.cripel";
    public static final String SUPERVISOR = "superviseur.cripel";

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private PersonFixture() {
    }

    /** The instant of an action on {@code day}: 10:00 in Brussels. */
    public static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(BRUSSELS).toInstant();
    }

    /** A family name no other test uses: letters only, so that it survives normalisation as it is. */
    public static String uniqueName(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    /** A valid national register number of someone born on {@code birthDate}, with a random serial number. */
    public static NationalNumber nationalNumber(LocalDate birthDate) {
        int serial = 1 + ThreadLocalRandom.current().nextInt(997);
        String digits = String.format("%02d%02d%02d%03d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), serial);
        long base = Long.parseLong(digits) + (birthDate.getYear() >= 2000 ? 2_000_000_000L : 0);
        return new NationalNumber(digits + String.format("%02d", 97 - base % 97));
    }

    public static Identity identity(String lastName, String firstNames, LocalDate birthDate, String nationality,
            NationalNumber nationalNumber) {
        return new Identity(new PersonName(lastName, firstNames), birthDate, new CountryCode(nationality),
                nationalNumber);
    }

    /** A person registered in Liège by {@code cri} on {@code registeredOn}, without a national number. */
    public static Person registered(String lastName, String firstNames, LocalDate birthDate, String cri,
            LocalDate registeredOn) {
        return new Person(identity(lastName, firstNames, birthDate, "MA", null), LIEGE, cri, at(registeredOn));
    }
}
