package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.Staff;
import be.wallonie.parcours.domain.obligation.FamilyLink;
import be.wallonie.parcours.domain.obligation.ObligationFactsFixture;
import be.wallonie.parcours.domain.obligation.PermitType;
import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.CountryCode;
import be.wallonie.parcours.domain.shared.LanguageCode;
import be.wallonie.parcours.domain.shared.NisCode;
import java.time.LocalDate;

/**
 * Named newcomers for the tests. No real person: names, numbers and dates are chosen for the rule under test, and
 * agree with {@link ObligationFactsFixture}.
 */
public final class PersonFixture {

    /** The permit of the Moroccan newcomer in Liège was ordered on this day: obliged until 2024-09-10. */
    public static final LocalDate MOROCCAN_PERMIT_ORDERED_ON = LocalDate.of(2023, 3, 10);
    public static final LocalDate MOROCCAN_REGISTERED_ON = LocalDate.of(2023, 4, 3);

    private PersonFixture() {
    }

    public static Identity identity(String lastName, String firstNames, LocalDate birthDate, String nationality,
            String nationalNumber) {
        return new Identity(new PersonName(lastName, firstNames), birthDate, new CountryCode(nationality),
                nationalNumber == null ? null : NationalNumber.parse(nationalNumber));
    }

    /** Amina Benali, born 1993-05-02, joined her husband in Liège (family reunification, permit ordered 2023-03-10). */
    public static Identity aminaBenali() {
        return identity("Benali", "Amina", LocalDate.of(1993, 5, 2), "MA", "93.05.02-123.59");
    }

    /** Obliged: family reunification in Liège, permit ordered on 2023-03-10, 18-month regime, until 2024-09-10. */
    public static Person obligedMoroccanInLiege() {
        Person person = new Person(aminaBenali(), new NisCode(ObligationFactsFixture.LIEGE), "CRIPEL",
                Staff.at(MOROCCAN_REGISTERED_ON));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION,
                MOROCCAN_PERMIT_ORDERED_ON, LocalDate.of(2023, 4, 1), 12, LocalDate.of(2023, 2, 1),
                FamilyLink.THIRD_COUNTRY_NATIONAL));
        person.updateContact(new Contact(new Address("Rue Saint-Gilles 12", "4000", "Liège"), "+32 470 12 34 56",
                null));
        person.updateLanguages(new LanguageCode("ar"), new LanguageCode("ar"));
        return person;
    }

    /** Obliged: recognised refugee in Charleroi, permit ordered on 2025-02-15, 3-year regime, until 2028-02-15. */
    public static Person obligedSyrianRefugeeInCharleroi() {
        Person person = new Person(identity("Haddad", "Omar", LocalDate.of(2000, 1, 15), "SY", null),
                new NisCode(ObligationFactsFixture.CHARLEROI), "CRIC", Staff.at(LocalDate.of(2025, 3, 3)));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.REFUGEE, LocalDate.of(2025, 2, 15),
                null, 60, null, null));
        return person;
    }

    /** Dispensed (D6, standstill clause) and volunteering: a Turkish worker in Namur, permit ordered 2025-01-20. */
    public static Person turkishVolunteerInNamur() {
        Person person = new Person(identity("Yılmaz", "Elif", LocalDate.of(1988, 1, 1), "TR", "88010104534"),
                new NisCode(ObligationFactsFixture.NAMUR), "CAI", Staff.at(LocalDate.of(2025, 2, 3)));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.WORK, LocalDate.of(2025, 1, 20),
                null, 12, null, null));
        return person;
    }

    /** Out of scope: lives in Eupen, in the German-language region. */
    public static Person congoleseInEupen() {
        Person person = new Person(identity("Mbala", "Grace", LocalDate.of(1995, 7, 7), "CD", null),
                new NisCode(ObligationFactsFixture.EUPEN), "CRIPEL", Staff.at(LocalDate.of(2025, 3, 3)));
        person.addResidencePermit(new ResidencePermit(CardType.A, PermitType.FAMILY_REUNIFICATION,
                LocalDate.of(2025, 2, 1), null, 12, null, null));
        return person;
    }
}
