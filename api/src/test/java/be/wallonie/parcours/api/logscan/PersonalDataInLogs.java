package be.wallonie.parcours.api.logscan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.wallonie.parcours.domain.person.NationalNumber;
import be.wallonie.parcours.domain.shared.InvalidValueException;

/**
 * Looks for personal data in log files (docs/adr/0029-security-headers-and-production-settings.md):
 * <ul>
 * <li>every national register or BIS number, whatever its origin (a test's literal, a fixture's random serial, the demo
 * population): eleven digits, with or without the register's dots, dashes and spaces, whose date part has the
 * register's structure (month 0–12, or +20 / +40 for a BIS number; day 0–31) and whose check digits are right
 * ({@link NationalNumber});
 * <li>the birth dates the tests used, collected from their sources ({@link #birthDatesIn}), written ISO
 * ({@code 1990-01-20}) or as people write them ({@code 20/01/1990}, {@code 20.01.1990}).
 * </ul>
 * A hit names the file, the line and what kind of data it is, never the value: the report must not copy the leak.
 */
final class PersonalDataInLogs {

    /** Eleven digits, optionally written YY.MM.DD-SSS.CC (any of dot, dash, space between the groups). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9])([0-9]{2})[.\\- ]?([0-9]{2})[.\\- ]?([0-9]{2})[.\\- ]?([0-9]{3})[.\\- ]?([0-9]{2})(?![0-9])");
    private static final Pattern LOCAL_DATE_OF = Pattern.compile(
            "LocalDate\\.of\\(\\s*((?:19|20)[0-9]{2})\\s*,\\s*([0-9]{1,2})\\s*,\\s*([0-9]{1,2})\\s*\\)");
    private static final Pattern ISO_DATE = Pattern
            .compile("(?<![0-9])((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?![0-9])");
    /** A date as {@link #WRITTEN} writes it. */
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?<![0-9])(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}[/.\\-][0-9]{2}[/.\\-][0-9]{4})(?![0-9])");
    private static final DateTimeFormatter[] WRITTEN = {DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ofPattern("dd-MM-uuuu")};
    /** Test data born later than this is no one's birth date (it is a permit, a session, a deadline). */
    private static final int LAST_BIRTH_YEAR = 2010;

    record Hit(Path file, int line, String kind) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + kind;
        }
    }

    private final Set<String> birthDates;

    PersonalDataInLogs(Set<LocalDate> birthDates) {
        this.birthDates = new HashSet<>();
        for (LocalDate date : birthDates) {
            for (DateTimeFormatter format : WRITTEN) {
                this.birthDates.add(format.format(date));
            }
        }
    }

    /** The birth dates a test source holds: the dates of a year up to 2010, as literals or {@code LocalDate.of}. */
    static Set<LocalDate> birthDatesIn(String source) {
        Set<LocalDate> dates = new HashSet<>();
        for (Pattern pattern : List.of(LOCAL_DATE_OF, ISO_DATE)) {
            Matcher matcher = pattern.matcher(source);
            while (matcher.find()) {
                int year = Integer.parseInt(matcher.group(1));
                if (year > LAST_BIRTH_YEAR) {
                    continue;
                }
                try {
                    dates.add(LocalDate.of(year, Integer.parseInt(matcher.group(2)),
                            Integer.parseInt(matcher.group(3))));
                } catch (DateTimeException notADate) {
                    // a malformed date written on purpose by a bad-input test
                }
            }
        }
        return dates;
    }

    /** The birth dates of every source file under the given folders. */
    static Set<LocalDate> birthDatesUnder(List<Path> folders) {
        Set<LocalDate> dates = new HashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".sql"))
                        .forEach(file -> dates.addAll(birthDatesIn(read(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dates;
    }

    List<Hit> scan(Path log) {
        List<Hit> hits = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (holdsNationalNumber(line)) {
                hits.add(new Hit(log, i + 1, "a national number"));
            }
            if (holdsBirthDate(line)) {
                hits.add(new Hit(log, i + 1, "a birth date used by the tests"));
            }
        }
        return hits;
    }

    static boolean holdsNationalNumber(String line) {
        Matcher matcher = NUMBER.matcher(line);
        while (matcher.find()) {
            int month = Integer.parseInt(matcher.group(2));
            int day = Integer.parseInt(matcher.group(3));
            boolean registerDate = (month <= 12 || month >= 20 && month <= 32 || month >= 40 && month <= 52)
                    && day <= 31;
            if (registerDate && isNationalNumber(matcher.group(1) + matcher.group(2) + matcher.group(3)
                    + matcher.group(4) + matcher.group(5))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNationalNumber(String digits) {
        try {
            new NationalNumber(digits);
            return true;
        } catch (InvalidValueException notOne) {
            return false;
        }
    }

    private boolean holdsBirthDate(String line) {
        Matcher matcher = WRITTEN_DATE.matcher(line);
        while (matcher.find()) {
            if (birthDates.contains(matcher.group())) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
