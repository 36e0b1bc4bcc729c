package be.wallonie.parcours.api.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.attendance.CsvLineResult.FieldError;

/** Operators' attendance files are read line by line, each line checked for form, the file refused when unreadable. */
class AttendanceCsvReaderTest {

    private static final String ENROLMENT = "3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72";

    private static List<CsvLineResult> read(String text) {
        try (AttendanceCsvReader reader = AttendanceCsvReader.open(utf8(text))) {
            return reader.lines().toList();
        }
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileSeparatedBySemicolonsIsReadWithDecimalCommas() {
        List<CsvLineResult> lines = read("""
                enrolmentId;sessionDate;hours;reference
                %s;2024-03-04;2,75;L-001
                %s;2024-03-05;3;
                """.formatted(ENROLMENT, ENROLMENT));

        assertThat(lines).hasSize(2).allMatch(CsvLineResult::isValid);
        AttendanceCsvLine first = lines.get(0).line();
        assertThat(lines.get(0).lineNumber()).isEqualTo(2);
        assertThat(first.enrolmentId()).isEqualTo(UUID.fromString(ENROLMENT));
        assertThat(first.sessionDate()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(first.hours().value()).isEqualByComparingTo("2.75");
        assertThat(first.reference()).isEqualTo("L-001");
        assertThat(lines.get(1).line().optionalReference()).isEmpty();
    }

    @Test
    void aFileSeparatedByCommasIsReadWithDecimalPointsOrQuotedCommas() {
        List<CsvLineResult> lines = read("enrolmentId,sessionDate,hours,reference\r\n"
                + ENROLMENT + ",2024-03-04,2.5,A\r\n"
                + ENROLMENT + ",2024-03-05,\"1,25\",\"B \"\"bis\"\"\"\r\n");

        assertThat(lines).extracting(result -> result.line().hours().value().toPlainString())
                .containsExactly("2.50", "1.25");
        assertThat(lines.get(1).line().reference()).isEqualTo("B \"bis\"");
    }

    @Test
    void aByteOrderMarkIsSkippedAndTheReferenceColumnIsOptional() {
        List<CsvLineResult> lines = read("\uFEFFEnrolmentId;SessionDate;Hours\n" + ENROLMENT + ";2024-03-04;4\n");

        assertThat(lines).singleElement().satisfies(result -> {
            assertThat(result.isValid()).isTrue();
            assertThat(result.line().reference()).isNull();
        });
    }

    @Test
    void blankLinesAreSkippedAndLinesKeepTheirNumberInTheFile() {
        List<CsvLineResult> lines = read("enrolmentId;sessionDate;hours;reference\n\n" + ENROLMENT
                + ";2024-03-04;4;\n   \n" + ENROLMENT + ";2024-03-05;4;\n");

        assertThat(lines).extracting(CsvLineResult::lineNumber).containsExactly(3L, 5L);
    }

    @Test
    void badDatesAndHoursAreReportedPerFieldWithAMessageKey() {
        List<CsvLineResult> lines = read("""
                enrolmentId;sessionDate;hours;reference
                not-an-id;04/03/2024;2.3;A
                %s;2024-02-30;abc;B
                ;;;C
                %s;2024-03-04;25;D
                %s;2024-03-04;0;E
                %s;2024-03-04;-2;F
                """.formatted(ENROLMENT, ENROLMENT, ENROLMENT, ENROLMENT));

        assertThat(lines).noneMatch(CsvLineResult::isValid);
        assertThat(lines.get(0).errors()).containsExactly(
                new FieldError("enrolmentId", "csv.enrolment-id.not-a-uuid"),
                new FieldError("sessionDate", "csv.session-date.not-a-date"),
                new FieldError("hours", "csv.hours.not-quarter-hours"));
        assertThat(lines.get(1).errors()).containsExactly(
                new FieldError("sessionDate", "csv.session-date.not-a-date"),
                new FieldError("hours", "csv.hours.not-a-number"));
        assertThat(lines.get(2).errors()).containsExactly(new FieldError("enrolmentId", "csv.required"),
                new FieldError("sessionDate", "csv.required"), new FieldError("hours", "csv.required"));
        assertThat(lines.subList(3, 6)).allSatisfy(result -> assertThat(result.errors())
                .containsExactly(new FieldError("hours", "csv.hours.out-of-range")));
        assertThat(lines).extracting(CsvLineResult::lineNumber).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void theYearZeroIsNotADay() {
        List<CsvLineResult> lines = read("""
                enrolmentId;sessionDate;hours;reference
                %s;0000-01-01;2;A
                %s;0001-01-01;2;B
                """.formatted(ENROLMENT, ENROLMENT));

        assertThat(lines.get(0).errors()).containsExactly(new FieldError("sessionDate", "csv.session-date.not-a-date"));
        assertThat(lines.get(1).isValid()).isTrue();
    }

    @Test
    void aLineWithTheWrongColumnsOrQuotesIsRefusedAsAWhole() {
        List<CsvLineResult> lines = read("enrolmentId;sessionDate;hours;reference\n"
                + ENROLMENT + ";2024-03-04\n"
                + ENROLMENT + ";2024-03-04;4;A;extra\n"
                + ENROLMENT + ";2024-03-04;\"4;A\n"
                + ENROLMENT + ";2024-03-04;4\n");

        assertThat(lines.subList(0, 2)).allSatisfy(result -> assertThat(result.errors())
                .containsExactly(new FieldError("", "csv.line.column-count")));
        assertThat(lines.get(2).errors()).containsExactly(new FieldError("", "csv.line.bad-quotes"));
        assertThat(lines.get(3).isValid()).as("the empty reference may be left out").isTrue();
    }

    @Test
    void aReferenceIsAtMostOneHundredCharactersAndOncePerFile() {
        List<CsvLineResult> lines = read("enrolmentId;sessionDate;hours;reference\n"
                + ENROLMENT + ";2024-03-04;4;R1\n"
                + ENROLMENT + ";2024-03-05;4;R1\n"
                + ENROLMENT + ";2024-03-06;4;" + "x".repeat(101) + "\n");

        assertThat(lines.get(0).isValid()).isTrue();
        assertThat(lines.get(1).errors()).containsExactly(new FieldError("reference", "csv.reference.repeated"));
        assertThat(lines.get(2).errors()).containsExactly(new FieldError("reference", "csv.reference.too-long"));
    }

    @Test
    void aReferenceWithANulCharacterIsAnErrorOfItsLine() {
        List<CsvLineResult> lines = read("enrolmentId;sessionDate;hours;reference\n"
                + ENROLMENT + ";2024-03-04;4;R\u00001\n");

        assertThat(lines.get(0).errors()).containsExactly(new FieldError("reference", "csv.reference.nul"));
    }

    @Test
    void aFileWithoutTheHeaderIsRefused() {
        assertRefused("", CsvFileRefusedException.Reason.MISSING_HEADER);
        assertRefused(ENROLMENT + ";2024-03-04;4;A\n", CsvFileRefusedException.Reason.UNKNOWN_HEADER);
        assertRefused("sessionDate;enrolmentId;hours\n", CsvFileRefusedException.Reason.UNKNOWN_HEADER);
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = ("enrolmentId;sessionDate;hours;reference\n" + ENROLMENT + ";2024-03-04;4;Liège\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> {
            try (AttendanceCsvReader reader = AttendanceCsvReader.open(new ByteArrayInputStream(latin1))) {
                reader.lines().toList();
            }
        }).isInstanceOfSatisfying(CsvFileRefusedException.class, refused -> {
            assertThat(refused.reason()).isEqualTo(CsvFileRefusedException.Reason.NOT_UTF8);
            assertThat(refused.messageKey()).isEqualTo("csv.file.not-utf8");
        });
    }

    @Test
    void moreThanFiftyThousandDataLinesAreRefused() {
        AtomicInteger read = new AtomicInteger();
        try (AttendanceCsvReader reader = AttendanceCsvReader.open(lines(50_000))) {
            reader.forEachRemaining(result -> read.incrementAndGet());
        }
        assertThat(read).hasValue(50_000);

        AtomicInteger before = new AtomicInteger();
        assertThatThrownBy(() -> {
            try (AttendanceCsvReader reader = AttendanceCsvReader.open(lines(50_001))) {
                reader.forEachRemaining(result -> before.incrementAndGet());
            }
        }).isInstanceOfSatisfying(CsvFileRefusedException.class, refused -> assertThat(refused.reason())
                .isEqualTo(CsvFileRefusedException.Reason.TOO_MANY_LINES));
        assertThat(before).hasValue(50_000);
    }

    @Test
    void theFileIsReadAsItsLinesAreAskedFor() throws IOException {
        InputStream endless = new SequenceInputStream(utf8("enrolmentId;sessionDate;hours\n"), new InputStream() {

            private final byte[] line = (ENROLMENT + ";2024-03-04;4\n").getBytes(StandardCharsets.UTF_8);
            private int position;

            @Override
            public int read() {
                return line[position++ % line.length];
            }
        });

        try (AttendanceCsvReader reader = AttendanceCsvReader.open(endless, 10)) {
            Iterator<CsvLineResult> lines = reader;
            for (int i = 0; i < 10; i++) {
                assertThat(lines.next().isValid()).isTrue();
            }
            assertThatThrownBy(lines::next).isInstanceOf(CsvFileRefusedException.class);
        }
    }

    private static InputStream lines(int count) {
        StringBuilder text = new StringBuilder("enrolmentId;sessionDate;hours;reference\n");
        for (int i = 0; i < count; i++) {
            text.append(ENROLMENT).append(";2024-03-04;1,5;L").append(i).append('\n');
        }
        return utf8(text.toString());
    }

    private static void assertRefused(String text, CsvFileRefusedException.Reason reason) {
        assertThatThrownBy(() -> AttendanceCsvReader.open(utf8(text))).isInstanceOfSatisfying(
                CsvFileRefusedException.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
