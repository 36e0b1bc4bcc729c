package be.wallonie.parcours.api.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The export streams its lines, starts with the columns of an import, and never hands a spreadsheet a formula. */
class AttendanceCsvWriterTest {

    @Test
    void cellsThatASpreadsheetWouldReadAsAFormulaArePrefixed() {
        assertThat(AttendanceCsvWriter.cell("=HYPERLINK(\"http://evil\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AttendanceCsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AttendanceCsvWriter.cell("+32 470 12 34 56")).isEqualTo("'+32 470 12 34 56");
        assertThat(AttendanceCsvWriter.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(AttendanceCsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AttendanceCsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(AttendanceCsvWriter.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(AttendanceCsvWriter.cell("-1,25")).as("a plain negative number stays a number").isEqualTo("-1,25");
        assertThat(AttendanceCsvWriter.cell("Left at = break")).isEqualTo("Left at = break");
    }

    @Test
    void cellsWithTheSeparatorAQuoteOrALineBreakAreQuoted() {
        assertThat(AttendanceCsvWriter.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(AttendanceCsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AttendanceCsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AttendanceCsvWriter.cell("2,75")).isEqualTo("2,75");
        assertThat(AttendanceCsvWriter.cell("")).isEmpty();
        assertThat(AttendanceCsvWriter.cell(null)).isEmpty();
    }

    @Test
    void hoursAreWrittenWithADecimalComma() {
        assertThat(AttendanceCsvWriter.hours(new BigDecimal("2.75"))).isEqualTo("2,75");
        assertThat(AttendanceCsvWriter.hours(new BigDecimal("-1.25"))).isEqualTo("-1,25");
        assertThat(AttendanceCsvWriter.hours(new BigDecimal("10.00"))).isEqualTo("10");
    }

    @Test
    void anExportStartsWithAByteOrderMarkAndTheColumnsOfAnImport() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AttendanceCsvWriter writer = AttendanceCsvWriter.open(out)) {
            writer.row(List.of("3f2b8c1e-9d4a-4b7e-8f21-6a5c0d9e1b72", "2024-03-04", "2,75", "=evil()", "x", "SESSION",
                    "", "FRENCH", "Says \"late\"; left", "formateur.ili", "2024-03-04T09:00:00Z",
                    "+SUM(A1)"));
        }
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFenrolmentId;sessionDate;hours;reference;entryId;kind;corrects;axis;reason;"
                + "recordedBy;recordedAt;note\r\n");
        assertThat(text).contains(";'=evil();").contains(";\"Says \"\"late\"\"; left\";")
                .contains(";'+SUM(A1)\r\n");
        assertThat(AttendanceCsvWriter.COLUMNS.subList(0, 4)).isEqualTo(AttendanceCsvReader.COLUMNS);
    }
}
