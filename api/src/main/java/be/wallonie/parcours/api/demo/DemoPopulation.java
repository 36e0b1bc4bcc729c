package be.wallonie.parcours.api.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import be.wallonie.parcours.domain.casefile.CaseFileState;

/**
 * Who the demo newcomers are: the areas of the 8 CRIs, the main nationalities of newcomers in Wallonia with plausible
 * names, languages and residence permits, and the plan of each person (where they live, their permit, the state their
 * case file reached). Pure and deterministic: the same seed, day and communes give the same plan.
 */
final class DemoPopulation {

    /** The seed of every random draw: each start gives the same data set. */
    static final long SEED = 20_260_401L;
    /** The default number of demo persons (`parcours.demo.case-files.persons`). */
    static final int PERSONS = 300;

    /** A CRI's area: its main commune, its share of the newcomers (percent) and the operators the demo enrols with. */
    record Area(String cri, String mainCommune, int weight, String ili, String forem, String agent,
            String supervisor) {
    }

    static final List<Area> AREAS = List.of(
            new Area("CRIPEL", "Liège", 25, "ILI-LIEGE", "FOREM-LIEGE", "agent.cripel", "superviseur.cripel"),
            new Area("CAI", "Namur", 17, "ILI-NAMUR", "FOREM-NAMUR", "agent.cai", "superviseur.cai"),
            new Area("CRIC", "Charleroi", 14, "ILI-CHARLEROI", "FOREM-CHARLEROI", "agent.cric", "superviseur.cric"),
            new Area("CIMB", "Mons", 10, "ILI-MONS", "FOREM-MONS", "agent.cimb", "superviseur.cimb"),
            new Area("CERAIC", "La Louvière", 9, "ILI-CENTRE", "FOREM-CENTRE", "agent.ceraic", "superviseur.ceraic"),
            new Area("CRIBW", "Wavre", 9, "ILI-BW", "FOREM-BW", "agent.cribw", "superviseur.cribw"),
            new Area("CRVI", "Verviers", 8, "ILI-VERVIERS", "FOREM-VERVIERS", "agent.crvi", "superviseur.crvi"),
            new Area("CRILUX", "Arlon", 8, "ILI-LUX", "FOREM-LUX", "agent.crilux", "superviseur.crilux"));

    /** A commune of an area, with one of its postal localities. */
    record Place(String nisCode, String commune, String postalCode, String locality) {
    }

    /** The kind of residence permit, which decides most verdicts. */
    enum Permit {
        REFUGEE, SUBSIDIARY_PROTECTION, FAMILY_THIRD_COUNTRY, FAMILY_OF_BELGIAN, FAMILY_OF_UNION_CITIZEN, WORK, WORK_EMPLOYED, STUDENT, RESEARCHER, REGULARISATION, REGULARISATION_LONG_STAY, TEMPORARY_PROTECTION
    }

    record Nationality(String code, int weight, List<String> men, List<String> women, List<String> lastNames,
            String language, boolean francophone, Map<Permit, Integer> permits) {
    }

    static final List<Nationality> NATIONALITIES = List.of(
            new Nationality("MA", 15,
                    List.of("Mohamed", "Youssef", "Hamza", "Karim", "Rachid", "Mehdi", "Anass", "Omar", "Ayoub",
                            "Said"),
                    List.of("Fatima", "Khadija", "Salma", "Imane", "Meryem", "Nadia", "Samira", "Hanane", "Zineb",
                            "Aïcha"),
                    List.of("El Amrani", "Benali", "Bouzid", "El Idrissi", "Tahiri", "Ouchen", "Lahlou", "Berrada",
                            "Azzouzi", "El Mansouri", "Chakir", "Bennani"),
                    "ar", false, Map.of(Permit.FAMILY_THIRD_COUNTRY, 40, Permit.FAMILY_OF_BELGIAN, 30, Permit.WORK, 10,
                            Permit.STUDENT, 12, Permit.REGULARISATION_LONG_STAY, 8)),
            new Nationality("SY", 12,
                    List.of("Ahmad", "Mohammad", "Omar", "Khaled", "Bassel", "Rami", "Yaman", "Majd", "Firas",
                            "Hussam"),
                    List.of("Rania", "Lama", "Nour", "Hala", "Reem", "Yara", "Dima", "Ghada", "Rasha", "Amal"),
                    List.of("Al Hassan", "Haddad", "Khalil", "Nasser", "Al Khatib", "Hamdan", "Darwish", "Sabbagh",
                            "Kurdi", "Al Masri", "Halabi", "Shami"),
                    "ar", false, Map.of(Permit.REFUGEE, 55, Permit.SUBSIDIARY_PROTECTION, 20,
                            Permit.FAMILY_THIRD_COUNTRY, 25)),
            new Nationality("AF", 11,
                    List.of("Ahmad", "Mohammad", "Ali", "Hamid", "Reza", "Farid", "Najib", "Sayed", "Hassan", "Javid"),
                    List.of("Fatima", "Zahra", "Maryam", "Shabnam", "Farzana", "Nilofar", "Parwana", "Mursal",
                            "Sakina", "Zainab"),
                    List.of("Ahmadzai", "Rahimi", "Hashimi", "Stanikzai", "Noori", "Sultani", "Karimi", "Popal",
                            "Wardak", "Hakimi", "Safi", "Mohammadi"),
                    "fa", false, Map.of(Permit.REFUGEE, 50, Permit.SUBSIDIARY_PROTECTION, 30,
                            Permit.FAMILY_THIRD_COUNTRY, 20)),
            new Nationality("CD", 10,
                    List.of("Jean-Pierre", "Patrick", "Christian", "Didier", "Blaise", "Fiston", "Héritier", "Joël",
                            "Serge", "Trésor"),
                    List.of("Grâce", "Esther", "Chantal", "Mireille", "Nathalie", "Divine", "Sarah", "Gloria",
                            "Rachel", "Merveille"),
                    List.of("Mbuyi", "Tshibanda", "Kalonji", "Ilunga", "Mukendi", "Lukusa", "Kasongo", "Nzuzi",
                            "Mputu", "Banza", "Kabongo", "Mulumba"),
                    "fr", true, Map.of(Permit.FAMILY_THIRD_COUNTRY, 30, Permit.FAMILY_OF_BELGIAN, 25,
                            Permit.STUDENT, 15, Permit.REGULARISATION, 15, Permit.REFUGEE, 15)),
            new Nationality("CM", 7,
                    List.of("Jean", "Paul", "Samuel", "Boris", "Franck", "Hervé", "Serge", "Yannick", "Arnaud",
                            "Landry"),
                    List.of("Brigitte", "Josiane", "Carine", "Larissa", "Vanessa", "Sandrine", "Estelle", "Aurélie",
                            "Nadège", "Mireille"),
                    List.of("Nkoulou", "Mbarga", "Fotso", "Tchamba", "Ngono", "Essomba", "Kamga", "Nana", "Tchoupo",
                            "Abena", "Owona", "Djomo"),
                    "fr", true, Map.of(Permit.FAMILY_THIRD_COUNTRY, 30, Permit.FAMILY_OF_BELGIAN, 25,
                            Permit.STUDENT, 25, Permit.WORK, 20)),
            new Nationality("GN", 8,
                    List.of("Mamadou", "Alpha", "Ibrahima", "Ousmane", "Thierno", "Abdoulaye", "Sékou", "Moussa",
                            "Amadou", "Boubacar"),
                    List.of("Mariama", "Fatoumata", "Aïssatou", "Kadiatou", "Hawa", "Aminata", "Mariame", "Djénabou",
                            "Oumou", "Binta"),
                    List.of("Diallo", "Bah", "Barry", "Camara", "Sow", "Soumah", "Condé", "Keïta", "Baldé", "Touré",
                            "Sylla", "Kouyaté"),
                    "fr", true, Map.of(Permit.REFUGEE, 55, Permit.FAMILY_THIRD_COUNTRY, 25,
                            Permit.SUBSIDIARY_PROTECTION, 20)),
            new Nationality("TR", 5,
                    List.of("Mehmet", "Mustafa", "Emre", "Burak", "Hakan", "Murat", "Yusuf", "Serkan", "Ali", "Kemal"),
                    List.of("Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Merve", "Büşra", "Esra", "Hatice", "Derya"),
                    List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
                            "Doğan", "Kılıç", "Koç"),
                    "tr", false, Map.of(Permit.FAMILY_THIRD_COUNTRY, 70, Permit.FAMILY_OF_BELGIAN, 30)),
            new Nationality("UA", 9,
                    List.of("Oleksandr", "Andriy", "Dmytro", "Serhiy", "Volodymyr", "Mykola", "Yuriy", "Ivan", "Taras",
                            "Bohdan"),
                    List.of("Olena", "Iryna", "Tetiana", "Nataliia", "Oksana", "Yuliia", "Kateryna", "Svitlana",
                            "Anastasiia", "Mariia"),
                    List.of("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Oliynyk", "Melnyk",
                            "Boyko", "Koval", "Marchenko", "Lysenko", "Rudenko"),
                    "uk", false, Map.of(Permit.TEMPORARY_PROTECTION, 80, Permit.FAMILY_THIRD_COUNTRY, 20)),
            new Nationality("ER", 5,
                    List.of("Yonas", "Dawit", "Filmon", "Tesfay", "Semere", "Biniam", "Robel", "Henok", "Mehari",
                            "Kibrom"),
                    List.of("Helen", "Saba", "Selam", "Lidia", "Rahwa", "Senait", "Yordanos", "Winta", "Feven",
                            "Meron"),
                    List.of("Tesfamariam", "Gebremedhin", "Haile", "Tekle", "Berhane", "Weldemichael", "Ghebreyesus",
                            "Kidane", "Asmerom", "Habte", "Mebrahtu", "Yohannes"),
                    "ti", false, Map.of(Permit.REFUGEE, 70, Permit.FAMILY_THIRD_COUNTRY, 30)),
            new Nationality("BR", 5,
                    List.of("João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Felipe", "Bruno", "Mateus",
                            "Gustavo"),
                    List.of("Ana", "Maria", "Juliana", "Camila", "Fernanda", "Beatriz", "Larissa", "Mariana",
                            "Patrícia", "Letícia"),
                    List.of("Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida",
                            "Nascimento", "Lima", "Araújo", "Ferreira"),
                    "pt", false, Map.of(Permit.WORK, 15, Permit.WORK_EMPLOYED, 20, Permit.FAMILY_OF_UNION_CITIZEN, 25,
                            Permit.FAMILY_OF_BELGIAN, 20, Permit.STUDENT, 20)),
            new Nationality("IN", 4,
                    List.of("Rahul", "Arjun", "Vikram", "Sanjay", "Amit", "Rohan", "Karthik", "Suresh", "Aditya",
                            "Nikhil"),
                    List.of("Priya", "Ananya", "Deepa", "Kavya", "Sneha", "Lakshmi", "Pooja", "Divya", "Meera",
                            "Anjali"),
                    List.of("Sharma", "Patel", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Gupta", "Rao", "Menon",
                            "Joshi", "Verma"),
                    "en", false, Map.of(Permit.WORK_EMPLOYED, 40, Permit.RESEARCHER, 20, Permit.FAMILY_THIRD_COUNTRY,
                            40)),
            new Nationality("DZ", 5,
                    List.of("Amine", "Bilal", "Sofiane", "Walid", "Nassim", "Riad", "Yacine", "Farid", "Karim",
                            "Mourad"),
                    List.of("Amel", "Sara", "Lina", "Nesrine", "Yasmine", "Lamia", "Souad", "Meriem", "Wafa", "Houda"),
                    List.of("Benaïssa", "Boudiaf", "Haddad", "Mebarki", "Belkacem", "Zerrouki", "Cherif", "Saadi",
                            "Hamidi", "Kaci", "Brahimi", "Slimani"),
                    "ar", false, Map.of(Permit.FAMILY_THIRD_COUNTRY, 40, Permit.FAMILY_OF_BELGIAN, 30,
                            Permit.STUDENT, 20, Permit.WORK, 10)),
            new Nationality("IQ", 4,
                    List.of("Ali", "Hussein", "Mustafa", "Ahmed", "Haider", "Abbas", "Karrar", "Zaid", "Mohammed",
                            "Omar"),
                    List.of("Zahraa", "Fatima", "Maryam", "Noor", "Sara", "Ruqaya", "Hawraa", "Zainab", "Shahad",
                            "Duaa"),
                    List.of("Al Jubouri", "Al Obaidi", "Al Tamimi", "Al Saadi", "Kareem", "Jassim", "Hamoudi",
                            "Al Rubaie", "Al Dulaimi", "Abdullah", "Kadhim", "Al Shammari"),
                    "ar", false, Map.of(Permit.REFUGEE, 50, Permit.SUBSIDIARY_PROTECTION, 25,
                            Permit.FAMILY_THIRD_COUNTRY, 25)));

    private static final List<String> STREETS = List.of("Rue de la Station", "Rue de l'Église",
            "Avenue de la Libération", "Rue du Moulin", "Chaussée de Bruxelles", "Rue des Écoles", "Rue Haute",
            "Place communale", "Rue de la Gare", "Rue du Centre", "Rue Saint-Martin", "Boulevard de l'Est",
            "Rue des Alliés", "Rue Albert Ier", "Avenue des Tilleuls", "Rue du Pont");
    private static final List<String> MAIL_PROVIDERS = List.of("gmail.com", "hotmail.com", "outlook.be", "yahoo.fr");

    /** The file the person's case reached, by weight, for obliged persons. */
    private static final Map<CaseFileState, Integer> OBLIGED_STATES = Map.of(CaseFileState.OPENED, 8,
            CaseFileState.RECEPTION, 13, CaseFileState.CONVENTION_SIGNED, 9, CaseFileState.IN_PROGRESS, 30,
            CaseFileState.COMPLETED, 6, CaseFileState.ATTESTATION_ISSUED, 9, CaseFileState.SUSPENDED, 6,
            CaseFileState.TRANSFERRED, 6, CaseFileState.CLOSED, 8);

    /**
     * One demo person: identity, residence, permit, and how far the case file got.
     *
     * @param obligedState   the state the file reaches when the rules oblige the person
     * @param volunteerState the state of a volunteer's file when the rules do not oblige the person, or {@code null}
     *                       when such a person opens no file
     * @param seed           the seed of the draws made while the parcours is written
     */
    record PersonPlan(int index, Area area, Place place, String nationality, boolean woman, String firstNames,
            String lastName, LocalDate birthDate, String nationalNumber, Permit permit, LocalDate orderDate,
            LocalDate registeredOn, LocalDate employedFrom, String street, String phone, String email,
            boolean interpreter, boolean cpasBeneficiary, CaseFileState obligedState, CaseFileState volunteerState,
            long seed) {

        Nationality nationalityData() {
            return NATIONALITIES.stream().filter(n -> n.code().equals(nationality)).findFirst().orElseThrow();
        }
    }

    private DemoPopulation() {
    }

    /**
     * The plan of every demo person.
     *
     * @param today  the reference day: permits are ordered within the 3 years before it
     * @param places the communes and postal localities of each CRI, in a stable order
     * @param persons how many persons, shared among the CRIs by their weight
     */
    static List<PersonPlan> plan(LocalDate today, Map<String, List<Place>> places, int persons) {
        Random random = new Random(SEED);
        List<PersonPlan> plans = new ArrayList<>();
        Set<String> nationalNumbers = new HashSet<>();
        int index = 0;
        for (Area area : AREAS) {
            List<Place> areaPlaces = places.getOrDefault(area.cri(), List.of());
            if (areaPlaces.isEmpty()) {
                continue;
            }
            List<Place> main = areaPlaces.stream().filter(place -> place.commune().equals(area.mainCommune()))
                    .toList();
            int count = persons * area.weight() / 100;
            for (int i = 0; i < count; i++) {
                Place place = !main.isEmpty() && random.nextInt(100) < 45
                        ? main.get(random.nextInt(main.size()))
                        : areaPlaces.get(random.nextInt(areaPlaces.size()));
                plans.add(person(index++, area, place, today, random, nationalNumbers));
            }
        }
        return plans;
    }

    private static PersonPlan person(int index, Area area, Place place, LocalDate today, Random random,
            Set<String> nationalNumbers) {
        Nationality nationality = weighted(random, NATIONALITIES, Nationality::weight);
        Permit permit = weighted(random, nationality.permits());
        boolean woman = random.nextInt(100) < 52;
        String firstNames = pick(random, woman ? nationality.women() : nationality.men());
        if (random.nextInt(100) < 15) {
            String second = pick(random, woman ? nationality.women() : nationality.men());
            if (!second.equals(firstNames)) {
                firstNames = firstNames + " " + second;
            }
        }
        String lastName = pick(random, nationality.lastNames());

        CaseFileState obligedState = weighted(random, OBLIGED_STATES);
        CaseFileState volunteerState = random.nextInt(100) < 35 ? volunteerState(obligedState, random) : null;
        int daysAgo = daysSinceRegistration(random, obligedState);
        LocalDate registeredOn = today.minusDays(daysAgo);
        LocalDate orderDate = registeredOn.minusDays(7 + random.nextInt(54));

        int age;
        int ageDraw = random.nextInt(100);
        if (ageDraw < 4 && (permit == Permit.FAMILY_THIRD_COUNTRY || permit == Permit.FAMILY_OF_BELGIAN)) {
            age = 65 + random.nextInt(8); // a parent who joined the family: dispensed by age (D3)
        } else if (ageDraw < 70) {
            age = 19 + random.nextInt(21);
        } else if (ageDraw < 97) {
            age = 40 + random.nextInt(25);
        } else {
            age = 18;
        }
        LocalDate birthDate = orderDate.minusYears(age).minusDays(random.nextInt(365));
        String nationalNumber = random.nextInt(100) < 80
                ? nationalNumber(birthDate, woman, random, nationalNumbers)
                : null;
        LocalDate employedFrom = permit == Permit.WORK_EMPLOYED
                ? registeredOn.minusDays(95 + random.nextInt(200))
                : null;

        String street = random.nextInt(100) < 85
                ? pick(random, STREETS) + " " + (1 + random.nextInt(180))
                        + (random.nextInt(100) < 20 ? " bte " + (1 + random.nextInt(12)) : "")
                : null;
        String phone = random.nextInt(100) < 80
                ? String.format(Locale.ROOT, "+32 4%d%d %02d %02d %02d", 6 + random.nextInt(4), random.nextInt(10),
                        random.nextInt(100), random.nextInt(100), random.nextInt(100))
                : null;
        String email = random.nextInt(100) < 45
                ? ascii(firstNames.split(" ")[0]) + "." + ascii(lastName) + (10 + random.nextInt(90)) + "@"
                        + pick(random, MAIL_PROVIDERS)
                : null;
        boolean interpreter = !nationality.francophone() && random.nextInt(100) < 60;
        boolean refugee = permit == Permit.REFUGEE || permit == Permit.SUBSIDIARY_PROTECTION;
        boolean cpas = random.nextInt(100) < (refugee ? 60 : 15);
        return new PersonPlan(index, area, place, nationality.code(), woman, firstNames, lastName, birthDate,
                nationalNumber, permit, orderDate, registeredOn, employedFrom, street, phone, email, interpreter, cpas,
                obligedState, volunteerState, random.nextLong());
    }

    /** The state a volunteer's file reaches in the same time as an obliged person's would. */
    private static CaseFileState volunteerState(CaseFileState obligedState, Random random) {
        return switch (obligedState) {
            case OPENED, RECEPTION -> CaseFileState.RECEPTION;
            case SUSPENDED -> CaseFileState.IN_PROGRESS;
            case TRANSFERRED -> random.nextBoolean() ? CaseFileState.IN_PROGRESS : CaseFileState.CLOSED;
            default -> obligedState;
        };
    }

    /** How long ago the person was registered, so that the file can have reached its state by today. */
    private static int daysSinceRegistration(Random random, CaseFileState state) {
        return switch (state) {
            case OPENED -> random.nextInt(100) < 75 ? between(random, 2, 45) : between(random, 95, 160);
            case RECEPTION -> random.nextInt(100) < 70 ? between(random, 10, 80) : between(random, 100, 220);
            case CONVENTION_SIGNED -> random.nextInt(100) < 75 ? between(random, 60, 150) : between(random, 220, 320);
            case IN_PROGRESS -> between(random, 150, 1000);
            case COMPLETED -> between(random, 420, 1000);
            case ATTESTATION_ISSUED -> between(random, 480, 1030);
            case SUSPENDED -> between(random, 60, 800);
            case TRANSFERRED -> between(random, 150, 900);
            case CLOSED -> between(random, 30, 1000);
        };
    }

    /** A valid national register number: birth date, serial (odd for a man, even for a woman), check digits. */
    private static String nationalNumber(LocalDate birthDate, boolean woman, Random random, Set<String> taken) {
        while (true) {
            int serial = 1 + random.nextInt(997);
            if ((serial % 2 == 0) != woman) {
                serial = serial == 997 ? 996 : serial + 1;
            }
            String digits = String.format(Locale.ROOT, "%02d%02d%02d%03d", birthDate.getYear() % 100,
                    birthDate.getMonthValue(), birthDate.getDayOfMonth(), serial);
            long base = Long.parseLong(digits) + (birthDate.getYear() >= 2000 ? 2_000_000_000L : 0);
            String number = digits + String.format(Locale.ROOT, "%02d", 97 - base % 97);
            if (taken.add(number)) {
                return number;
            }
        }
    }

    static int between(Random random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T weighted(Random random, List<T> values, java.util.function.ToIntFunction<T> weight) {
        int total = values.stream().mapToInt(weight).sum();
        int draw = random.nextInt(total);
        for (T value : values) {
            draw -= weight.applyAsInt(value);
            if (draw < 0) {
                return value;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A weighted draw from a map, in the stable order of the keys' natural order (enums: declaration order). */
    static <K extends Comparable<K>> K weighted(Random random, Map<K, Integer> weights) {
        List<K> keys = weights.keySet().stream().sorted().toList();
        return weighted(random, keys, weights::get);
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD);
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
