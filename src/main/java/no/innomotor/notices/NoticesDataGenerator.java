package no.innomotor.notices;

import static no.innomotor.notices.NoticeThemes.THEMES;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.Progress;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The opportunities of a generated national dataset: 20,000 per unit of scale, published by the generated public
 * buyers (by their organisation numbers) over the last year and a half: calls for competition, prior information
 * and market-consultation notices and award notices, with Norwegian titles and descriptions, CPV codes with every
 * ancestor in the scope (as an import stores them), the buyer's county, lots, deadlines and values in kroner, and
 * some strategic procurements of innovation.
 *
 * <p>They are written as demo opportunities: no notice file is behind them, so the list and their pages label
 * them "Demodata" as they do the demo data's, and a search for real notices can leave them out by the same flag.
 * Their notice identifiers are random UUIDs from the seed, so they never meet an imported notice's.
 */
@Component
@Order(300)
class NoticesDataGenerator implements DataGeneratorContributor {

    private static final LocalTime PUBLISHED = LocalTime.of(9, 0);
    private static final LocalTime DEADLINE = LocalTime.of(12, 0);

    private final NoticeImporter importer;
    private final CpvCatalogue cpv;

    NoticesDataGenerator(NoticeImporter importer, CpvCatalogue cpv) {
        this.importer = importer;
        this.cpv = cpv;
    }

    @Override
    public String name() {
        return "notices";
    }

    @Override
    public void generate(DataGeneration generation) {
        List<GeneratedOrganisation> buyers = generation.organisations().stream()
                .filter(org -> org.kind().publicBuyer())
                .toList();
        int count = generation.scaled(20_000, 20);
        Map<Integer, List<CpvCode>> codesByTheme = new HashMap<>();
        for (int t = 0; t < THEMES.size(); t++) {
            codesByTheme.put(t, knownUnder(THEMES.get(t).cpvRoots()));
        }
        Progress progress = generation.progress("opportunities", count);
        if (buyers.isEmpty()) {
            progress.done();
            return;
        }
        long[] cumulative = new long[buyers.size()];
        long total = 0;
        for (int i = 0; i < buyers.size(); i++) {
            total += Math.max(1, (long) Math.sqrt(buyers.get(i).size()));
            cumulative[i] = total;
        }
        Tables tables = new Tables(generation);
        RandomGenerator random = generation.random();
        LocalDate today = LocalDate.ofInstant(generation.now(), NorwegianTime.ZONE);
        for (int i = 0; i < count; i++) {
            GeneratedOrganisation buyer = buyers.get(indexOf(cumulative, random.nextLong(total)));
            int themeIndex = random.nextInt(THEMES.size());
            NoticeThemes.Theme theme = THEMES.get(themeIndex);
            List<CpvCode> known = codesByTheme.get(themeIndex);
            opportunity(generation, random, tables, buyer, buyers, theme, known, today);
            progress.advance();
        }
        progress.done();
    }

    /** The tables an opportunity is stored in, parent first. */
    private static final class Tables {
        final BulkTable opportunity;
        final BulkTable title;
        final BulkTable description;
        final BulkTable cpv;
        final BulkTable scope;
        final BulkTable nuts;
        final BulkTable buyer;
        final BulkTable lot;

        Tables(DataGeneration generation) {
            opportunity = generation.table(
                    "notice_opportunity",
                    "id",
                    "notice_id",
                    "current_notice_id",
                    "notice_version",
                    "version_number",
                    "kind",
                    "notice_type",
                    "form_type",
                    "subtype",
                    "issued_at",
                    "published_on",
                    "procedure_type",
                    "contract_nature",
                    "deadline",
                    "estimated_value",
                    "currency",
                    "strategic_innovation",
                    "cancelled",
                    "languages",
                    "imported_at",
                    "updated_at",
                    "version",
                    "demo");
            title = generation.table("notice_opportunity_title", "opportunity_id", "language", "content");
            description = generation.table("notice_opportunity_description", "opportunity_id", "language", "content");
            cpv = generation.table("notice_opportunity_cpv", "opportunity_id", "idx", "code");
            scope = generation.table("notice_opportunity_cpv_scope", "opportunity_id", "code");
            nuts = generation.table("notice_opportunity_nuts", "opportunity_id", "idx", "code");
            buyer = generation.table(
                    "notice_opportunity_buyer", "opportunity_id", "idx", "name", "company_id", "org_number");
            lot = generation.table(
                    "notice_opportunity_lot",
                    "opportunity_id",
                    "idx",
                    "lot_id",
                    "title",
                    "title_language",
                    "deadline",
                    "estimated_value",
                    "currency");
        }
    }

    private void opportunity(
            DataGeneration generation,
            RandomGenerator random,
            Tables tables,
            GeneratedOrganisation buyer,
            List<GeneratedOrganisation> buyers,
            NoticeThemes.Theme theme,
            List<CpvCode> known,
            LocalDate today) {
        UUID id = generation.uuid();
        String noticeId = generation.uuid().toString();
        int roll = random.nextInt(100);
        NoticeKind kind;
        String noticeType;
        String formType;
        String subtype;
        List<String> closing;
        if (roll < 62) {
            kind = NoticeKind.COMPETITION;
            noticeType = "cn-standard";
            formType = "competition";
            subtype = random.nextBoolean() ? "16" : "E3";
            closing = NoticeThemes.COMPETITION;
        } else if (roll < 76) {
            kind = NoticeKind.PLANNING;
            noticeType = "pin-only";
            formType = "planning";
            subtype = random.nextBoolean() ? "4" : "E2";
            closing = NoticeThemes.PLANNING;
        } else if (roll < 86) {
            kind = NoticeKind.CONSULTATION;
            noticeType = "pmc";
            formType = "consultation";
            subtype = "E1";
            closing = NoticeThemes.CONSULTATION;
        } else {
            kind = NoticeKind.RESULT;
            noticeType = "can-standard";
            formType = "result";
            subtype = "29";
            closing = NoticeThemes.RESULT;
        }
        String procedure = null;
        if (kind == NoticeKind.COMPETITION || kind == NoticeKind.RESULT) {
            int p = random.nextInt(100);
            procedure = p < 45
                    ? "open"
                    : p < 60
                            ? "restricted"
                            : p < 75 ? "neg-w-call" : p < 83 ? "comp-dial" : p < 90 ? "innovation" : "oth-single";
        }
        boolean innovation = "innovation".equals(procedure)
                || "comp-dial".equals(procedure) && random.nextInt(3) == 0
                || random.nextInt(100) < 6;
        LocalDate published = today.minusDays(random.nextInt(540));
        Instant issued = published.atTime(PUBLISHED).atZone(NorwegianTime.ZONE).toInstant();
        Instant deadline = kind == NoticeKind.RESULT
                ? null
                : published
                        .plusDays(14 + random.nextInt(47))
                        .atTime(DEADLINE)
                        .atZone(NorwegianTime.ZONE)
                        .toInstant();
        BigDecimal value = random.nextInt(100) < 80
                ? BigDecimal.valueOf(Math.max(1, Math.round(Math.pow(10, 5.5 + random.nextDouble() * 3) / 1000)) * 1000)
                        .setScale(2)
                : null;
        boolean cancelled = kind == NoticeKind.COMPETITION && random.nextInt(100) < 2;
        Instant stored = issued.plus(30 + random.nextInt(300), ChronoUnit.MINUTES);

        String title = theme.titles().get(random.nextInt(theme.titles().size()));
        String place = buyer.name().replace(" kommune", "").replace(" fylkeskommune", "");
        title = switch (random.nextInt(3)) {
            case 0 -> title + " – " + place;
            case 1 -> title + " " + published.getYear() + "–" + (published.getYear() + 2 + random.nextInt(3));
            default -> title;
        };
        String subject = Character.toLowerCase(title.charAt(0)) + title.substring(1);
        if (kind == NoticeKind.CONSULTATION) {
            title = "Markedsdialog: " + subject;
        }
        StringBuilder description = new StringBuilder(buyer.name())
                .append(
                        switch (kind) {
                            case RESULT -> " har inngått kontrakt om ";
                            case CONSULTATION, PLANNING -> " planlegger å anskaffe ";
                            default -> " skal anskaffe ";
                        })
                .append(subject)
                .append(". ");
        List<String> sentences = new ArrayList<>(theme.sentences());
        for (int s = 0; s < 2 + random.nextInt(2); s++) {
            description
                    .append(sentences.remove(random.nextInt(sentences.size())))
                    .append(' ');
        }
        description.append(closing.get(random.nextInt(closing.size())));

        tables.opportunity.row(
                id,
                noticeId,
                noticeId,
                "01",
                1,
                kind.name(),
                noticeType,
                formType,
                subtype,
                issued,
                published,
                procedure,
                theme.nature(),
                deadline,
                value,
                value == null ? null : "NOK",
                innovation,
                cancelled,
                "NOR",
                stored,
                stored,
                0L,
                true);
        tables.title.row(id, "NOR", NoticeOpportunity.cut(title, NoticeOpportunity.TITLE_LENGTH));
        tables.description.row(
                id, "NOR", NoticeOpportunity.cut(description.toString(), NoticeOpportunity.DESCRIPTION_LENGTH));

        Set<CpvCode> codes = new LinkedHashSet<>();
        int wanted = 1 + random.nextInt(3);
        while (codes.size() < wanted) {
            codes.add(known.get(random.nextInt(known.size())));
        }
        List<CpvCode> ordered = List.copyOf(codes);
        for (int c = 0; c < ordered.size(); c++) {
            tables.cpv.row(id, c, ordered.get(c).value());
        }
        for (CpvCode code : importer.scope(ordered)) {
            tables.scope.row(id, code.value());
        }

        tables.nuts.row(id, 0, buyer.nuts().value());
        tables.buyer.row(
                id,
                0,
                buyer.name(),
                buyer.orgNumber().value(),
                buyer.orgNumber().value());
        if (random.nextInt(100) < 5) {
            // A joint procurement: a second buyer from the same county, when there is one.
            GeneratedOrganisation partner = buyers.get(random.nextInt(buyers.size()));
            if (!partner.id().equals(buyer.id())) {
                tables.buyer.row(
                        id,
                        1,
                        partner.name(),
                        partner.orgNumber().value(),
                        partner.orgNumber().value());
                if (!partner.nuts().equals(buyer.nuts())) {
                    tables.nuts.row(id, 1, partner.nuts().value());
                }
            }
        }
        if (kind == NoticeKind.COMPETITION && random.nextInt(100) < 45) {
            int lots = 2 + random.nextInt(4);
            for (int l = 0; l < lots; l++) {
                BigDecimal share = value == null
                        ? null
                        : value.divide(BigDecimal.valueOf(lots), 0, java.math.RoundingMode.DOWN)
                                .setScale(2);
                tables.lot.row(
                        id,
                        l,
                        String.format("LOT-%04d", l + 1),
                        "Delkontrakt " + (l + 1) + " – " + title,
                        "no",
                        deadline,
                        share,
                        share == null ? null : "NOK");
            }
        }
    }

    private List<CpvCode> knownUnder(List<String> roots) {
        List<CpvCode> known = new ArrayList<>();
        for (String root : roots) {
            cpv.descendants(CpvCode.of(root)).forEach(entry -> known.add(entry.code()));
        }
        if (known.isEmpty()) {
            throw new IllegalStateException("No CPV code of " + roots + " in the catalogue");
        }
        return known;
    }

    private static int indexOf(long[] cumulative, long target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
