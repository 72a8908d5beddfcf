package no.innomotor.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import no.innomotor.benefits.BenefitsExceptions.MeasurementsRefused;
import org.junit.jupiter.api.Test;

/**
 * The measurement file format: a header naming the columns, semicolons or commas, Norwegian decimal commas, and all or
 * nothing — every bad row is named by line and column, and then no row is taken. The last test is a property over
 * seeded random files (decision 0003).
 */
class MeasurementCsvTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final BenefitId FIRST = new BenefitId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final BenefitId SECOND = new BenefitId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

    /** Benefits 1 and 2 by number or id; anything else names no measurable benefit. */
    private static final Function<String, Optional<BenefitId>> PLAN = key -> switch (key) {
        case "1", "00000000-0000-0000-0000-000000000001" -> Optional.of(FIRST);
        case "2", "00000000-0000-0000-0000-000000000002" -> Optional.of(SECOND);
        default -> Optional.empty();
    };

    private static List<MeasurementCsv.RowError> errors(String csv) {
        try {
            MeasurementCsv.parse(csv, PLAN, TODAY);
        } catch (MeasurementsRefused refused) {
            return refused.errors();
        }
        throw new AssertionError("The file was taken: " + csv);
    }

    @Test
    void readsSemicolonsWithNorwegianDecimalCommasAndDates() {
        List<MeasurementCsv.Row> rows = MeasurementCsv.parse(
                "nytte;dato;verdi;kommentar\n1;31.03.2026;1 234,5;Første kvartal\r\n2;2026-06-30;-3;\n\n", PLAN, TODAY);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).benefit()).isEqualTo(FIRST);
        assertThat(rows.get(0).on()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(rows.get(0).value()).isEqualByComparingTo("1234.5");
        assertThat(rows.get(0).comment()).isEqualTo("Første kvartal");
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).value()).isEqualByComparingTo("-3");
    }

    @Test
    void readsCommasWithQuotedDecimalCommasIdsAndColumnsInAnyOrder() {
        List<MeasurementCsv.Row> rows = MeasurementCsv.parse(
                "value,benefit-id,date\n\"12,75\",00000000-0000-0000-0000-000000000002,2026-05-01\n8.5,1,1.5.2026\n",
                PLAN,
                TODAY);
        assertThat(rows).extracting(MeasurementCsv.Row::benefit).containsExactly(SECOND, FIRST);
        assertThat(rows.get(0).value()).isEqualByComparingTo("12.75");
        assertThat(rows.get(1).value()).isEqualByComparingTo("8.5");
        assertThat(rows.get(1).on()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void refusesTheWholeFileAndNamesEveryBadRowByLineAndColumn() {
        List<MeasurementCsv.RowError> errors = errors("nytte;dato;verdi\n"
                + "1;31.03.2026;10\n"
                + "7;31.03.2026;10\n"
                + "2;31.02.2026;ti\n"
                + "1;01.01.2030;5\n"
                + "1;01.01.2026\n");
        assertThat(errors)
                .extracting(e -> e.line() + ":" + e.column() + ":" + e.messageKey())
                .containsExactly(
                        "3:nytte:benefits.csv.error.benefit",
                        "4:dato:benefits.csv.error.date",
                        "4:verdi:benefits.csv.error.value",
                        "5:dato:benefits.csv.error.future",
                        "6::benefits.csv.error.columns");
        assertThat(errors.get(0).arguments()).containsExactly("7");
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeedsOrWithoutRows() {
        assertThat(errors("dato;verdi\n01.01.2026;4\n"))
                .extracting(MeasurementCsv.RowError::messageKey)
                .containsExactly("benefits.csv.error.header");
        assertThat(errors("nytte;dato;verdi;farge\n1;01.01.2026;4;blå\n"))
                .extracting(e -> e.column() + ":" + e.messageKey())
                .containsExactly("farge:benefits.csv.error.unknownColumn");
        assertThat(errors("nytte;dato;verdi\n\n"))
                .extracting(MeasurementCsv.RowError::messageKey)
                .containsExactly("benefits.csv.error.empty");
        assertThat(errors(""))
                .extracting(MeasurementCsv.RowError::messageKey)
                .containsExactly("benefits.csv.error.empty");
        assertThat(errors("nytte,dato,verdi\n1,01.01.2026,\"4\n"))
                .extracting(MeasurementCsv.RowError::messageKey)
                .containsExactly("benefits.csv.error.quote");
    }

    @Test
    void numbersAreReadAsPeopleTypeThem() {
        assertThat(MeasurementCsv.number("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(MeasurementCsv.number("1\u00a0000")).isEqualByComparingTo("1000");
        assertThat(MeasurementCsv.number("\u22124,2")).isEqualByComparingTo("-4.2");
        assertThat(MeasurementCsv.number("12 %")).isNull();
        assertThat(MeasurementCsv.number("1e5")).isNull();
        assertThat(MeasurementCsv.number("")).isNull();
        assertThat(MeasurementCsv.number("1,23456")).isNull();
    }

    /**
     * Over random files: the file is taken exactly when no row is spoiled; when refused, the lines named are exactly
     * the spoiled ones; when taken, every row's benefit, day and value come back as written.
     */
    @Test
    void aFileIsTakenWholeOrRefusedNamingExactlyItsSpoiledLines() {
        for (long seed : new long[] {3, 11, 2026, 90210}) {
            Random random = new Random(seed);
            for (int round = 0; round < 400; round++) {
                check(random, seed + "/" + round);
            }
        }
    }

    private static void check(Random random, String name) {
        boolean semicolon = random.nextBoolean();
        char separator = semicolon ? ';' : ',';
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(String.valueOf(separator), "nytte", "dato", "verdi", "kommentar"))
                .append(random.nextBoolean() ? "\n" : "\r\n");
        int rows = 1 + random.nextInt(12);
        Set<Integer> spoiled = new TreeSet<>();
        List<BenefitId> benefits = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            int line = row + 2;
            BenefitId benefit = random.nextBoolean() ? FIRST : SECOND;
            String key = random.nextBoolean() ? (benefit == FIRST ? "1" : "2") : benefit.toString();
            LocalDate day = TODAY.minusDays(random.nextInt(2000));
            String date = random.nextBoolean()
                    ? day.toString()
                    : String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            BigDecimal value = BigDecimal.valueOf(random.nextInt(2_000_000) - 500_000, random.nextInt(3))
                    .setScale(2, RoundingMode.UNNECESSARY);
            String typed = value.toPlainString();
            if (random.nextBoolean()) {
                typed = typed.replace('.', ',');
            }
            if (typed.contains(",") && !semicolon) {
                typed = "\"" + typed + "\"";
            }
            String comment = random.nextBoolean() ? "" : "Måling " + row;
            int spoil = random.nextInt(10);
            switch (spoil) {
                case 0 -> key = "99";
                case 1 -> date = "32.13.2026";
                case 2 -> typed = "mange";
                case 3 -> date = TODAY.plusDays(1 + random.nextInt(30)).toString();
                default -> {}
            }
            String line0 = String.join(String.valueOf(separator), key, date, typed, comment);
            if (spoil == 4) {
                line0 = line0 + separator + "ekstra";
            }
            if (spoil <= 4) {
                spoiled.add(line);
            }
            csv.append(line0).append('\n');
            benefits.add(benefit);
            days.add(day);
            values.add(value);
        }
        try {
            List<MeasurementCsv.Row> parsed = MeasurementCsv.parse(csv.toString(), PLAN, TODAY);
            assertThat(spoiled)
                    .as("%s: spoiled lines %s were taken\n%s", name, spoiled, csv)
                    .isEmpty();
            assertThat(parsed).as(name).hasSize(rows);
            for (int row = 0; row < rows; row++) {
                assertThat(parsed.get(row).benefit()).as(name).isEqualTo(benefits.get(row));
                assertThat(parsed.get(row).on()).as(name).isEqualTo(days.get(row));
                assertThat(parsed.get(row).value()).as(name).isEqualByComparingTo(values.get(row));
            }
        } catch (MeasurementsRefused refused) {
            Set<Integer> named = new TreeSet<>();
            refused.errors().forEach(e -> named.add(e.line()));
            assertThat(named).as("%s: lines named\n%s", name, csv).isEqualTo(spoiled);
        }
    }

    @Test
    void aRefusedFileTakesNothingEvenWhenMostRowsAreGood() {
        StringBuilder csv = new StringBuilder("nytte;dato;verdi\n");
        for (int i = 0; i < 50; i++) {
            csv.append("1;01.01.2026;").append(i).append('\n');
        }
        csv.append("1;01.01.2026;x\n");
        assertThatThrownBy(() -> MeasurementCsv.parse(csv.toString(), PLAN, TODAY))
                .isInstanceOf(MeasurementsRefused.class)
                .satisfies(e -> assertThat(((MeasurementsRefused) e).errors())
                        .singleElement()
                        .extracting(MeasurementCsv.RowError::line)
                        .isEqualTo(52));
    }
}
