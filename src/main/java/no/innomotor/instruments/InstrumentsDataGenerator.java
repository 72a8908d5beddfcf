package no.innomotor.instruments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.Progress;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SizeClass;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The instrument catalogue of a generated dataset: the national support landscape, about {@link #NATIONAL} (180)
 * instruments at scale 1 (the mapping counted about 180 business-support schemes from 14 ministries and 18 national
 * actors), spread over the generated instrument actors. Like the public buyers, the landscape does not grow above
 * scale 1; below it, it shrinks, never under {@link #MINIMUM}. Kinds, audiences, regions (a regional fund its own
 * county, a national actor the whole country), roadmap steps, amounts, co-financing caps and cost categories vary.
 * About one in {@link #DRAFT_IN} is a draft never published; the others have one to three published versions, each
 * an immutable copy of the content as it then stood, written as {@link Instrument} and {@link InstrumentVersion}
 * store them (content through {@link InstrumentJson}). The amounts illustrate, so they are marked as examples.
 */
@Component
@Order(500) // after organisations (100), projects (200), notices (300), suppliers (400) and follow-up (450)
class InstrumentsDataGenerator implements DataGeneratorContributor {

    static final int NATIONAL = 180;
    static final int MINIMUM = 12;
    static final int DRAFT_IN = 12;

    /** What an instrument is about: a name for it, a sentence on what it supports, and its CPV divisions. */
    record Theme(String name, String about, List<String> sectors) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "velferdsteknologi",
                    "trygghetsløsninger og digital hjemmeoppfølging i omsorgstjenestene",
                    List.of("33", "48")),
            new Theme(
                    "digitale innbyggertjenester",
                    "selvbetjening og digitale tjenester for innbyggerne",
                    List.of("48", "72")),
            new Theme(
                    "klimavennlige bygg",
                    "lavutslippsbygg, ombruk av materialer og energieffektiv rehabilitering",
                    List.of("45", "71")),
            new Theme(
                    "utslippsfri transport",
                    "utslippsfrie kjøretøy, ladeinfrastruktur og smartere logistikk",
                    List.of("34", "60")),
            new Theme("sirkulær økonomi", "ombruk, reparasjon og gjenvinning i offentlig drift", List.of("90", "39")),
            new Theme("vann og avløp", "lekkasjesøk, overvannshåndtering og renseteknologi", List.of("44", "65")),
            new Theme("fornybar energi", "solenergi, energilagring og styring av energibruk", List.of("09", "31")),
            new Theme(
                    "helseinnovasjon",
                    "nye behandlingsformer og medisinsk utstyr i helsetjenestene",
                    List.of("33", "85")),
            new Theme(
                    "skole og læring",
                    "digitale læremidler og nye måter å organisere undervisningen på",
                    List.of("48", "80")),
            new Theme("samfunnssikkerhet", "beredskap, varsling og krisehåndtering", List.of("35", "32")),
            new Theme("havbruk og sjømat", "bærekraftig havbruk, fôr og fiskehelse", List.of("03", "15")),
            new Theme("landbruk og mat", "matproduksjon, presisjonslandbruk og mindre matsvinn", List.of("03", "15")),
            new Theme(
                    "kunstig intelligens", "bruk av kunstig intelligens i offentlig forvaltning", List.of("48", "72")),
            new Theme("sensorer og måling", "sensorer og datainnsamling for drift og vedlikehold", List.of("38", "31")),
            new Theme("veg og vinterdrift", "smartere vegdrift, brøyting og trafikksikkerhet", List.of("45", "34")),
            new Theme("kultur og reiseliv", "nye opplevelser og digital formidling av kulturarv", List.of("92", "79")));

    /** How instruments of each kind are named, with {@code %s} for the theme. */
    static final Map<InstrumentKind, List<String>> NAMES = Map.of(
            InstrumentKind.GRANT,
                    List.of("Innovasjonstilskudd for %s", "Forprosjektmidler: %s", "Tilskudd til utprøving av %s"),
            InstrumentKind.LOAN, List.of("Innovasjonslån for %s", "Lån til oppskalering innen %s"),
            InstrumentKind.GUARANTEE, List.of("Garantiordning for leveranser innen %s"),
            InstrumentKind.PROCESS_SUPPORT,
                    List.of("Prosessveiledning i innovative anskaffelser: %s", "Dialogstøtte for %s"),
            InstrumentKind.COMPETENCE, List.of("Kompetanseprogram: %s", "Kurs i gevinstrealisering for %s"),
            InstrumentKind.NETWORK, List.of("Leverandørnettverk for %s", "Innkjøpernettverk for %s"),
            InstrumentKind.PRIZE, List.of("Innovasjonsprisen for %s"));

    /** How often each kind occurs, in per cent: grants dominate the landscape. */
    private static final int[] KIND_WEIGHTS = {45, 12, 5, 15, 10, 9, 4};

    private static final List<String> PURPOSES = List.of(
            "Ordningen deler risikoen når en offentlig virksomhet vil prøve ut nye løsninger.",
            "Målet er at flere bedrifter når fram med nye løsninger i offentlige anskaffelser.",
            "Ordningen skal gi raskere spredning av løsninger som har vist seg å virke.",
            "Midlene skal utløse samarbeid mellom innkjøpere, leverandører og forskningsmiljøer.");

    @Override
    public String name() {
        return "instruments";
    }

    @Override
    public void generate(DataGeneration generation) {
        List<GeneratedOrganisation> actors = generation.organisations().stream()
                .filter(org -> org.kind() == GeneratedOrganisation.Kind.INSTRUMENT_ACTOR)
                .toList();
        Map<OrganisationId, List<GeneratedPerson>> keepers = new HashMap<>();
        for (GeneratedPerson person : generation.people()) {
            if (person.role() == Role.INSTRUMENT_ACTOR) {
                keepers.computeIfAbsent(person.organisation(), key -> new ArrayList<>())
                        .add(person);
            }
        }
        actors = actors.stream().filter(org -> keepers.containsKey(org.id())).toList();
        if (actors.isEmpty()) {
            return;
        }
        RandomGenerator random = generation.random();
        int count = (int) Math.max(MINIMUM, Math.round(NATIONAL * Math.min(1, generation.scale())));
        BulkTable instruments = generation.table(
                "instrument",
                "id",
                "owner_id",
                "owner_name",
                "name",
                "content",
                "published_number",
                "created_by",
                "created_at",
                "changed_by",
                "changed_at",
                "version");
        BulkTable versions = generation.table(
                "instrument_version",
                "id",
                "instrument_id",
                "number",
                "owner_id",
                "owner_name",
                "name",
                "kind",
                "audience",
                "content",
                "published_by",
                "published_at");
        Progress progress = generation.progress("instruments", count);
        Set<String> names = new HashSet<>();
        Instant now = generation.now();
        LocalDate today = LocalDate.ofInstant(now, NorwegianTime.ZONE);
        for (int i = 0; i < count; i++) {
            // Every actor gets one before any gets a second; national actors (Oslo) then get more than the funds.
            GeneratedOrganisation owner = i < actors.size() ? actors.get(i) : actors.get(random.nextInt(actors.size()));
            List<GeneratedPerson> people = keepers.get(owner.id());
            GeneratedPerson creator = people.get(random.nextInt(people.size()));
            InstrumentKind kind = kind(random);
            Theme theme = THEMES.get(random.nextInt(THEMES.size()));
            String name = uniqueName(names, kind, theme, owner, random);
            UUID id = generation.uuid();
            Instant created = now.minus(60 + random.nextInt(900), ChronoUnit.DAYS)
                    .plus(random.nextInt(30_000), ChronoUnit.SECONDS)
                    .truncatedTo(ChronoUnit.MICROS);
            boolean draft = random.nextInt(DRAFT_IN) == 0;
            int published = draft ? 0 : 1 + (random.nextInt(100) < 30 ? 1 + random.nextInt(2) : 0);
            Instant changed = created;
            InstrumentContent content = content(random, name, kind, theme, owner, today);
            for (int number = 1; number <= published; number++) {
                changed = changed.plus(5 + random.nextInt(120), ChronoUnit.DAYS);
                if (changed.isAfter(now)) {
                    changed = now.minus(published - number + 1, ChronoUnit.DAYS);
                }
                if (number > 1) {
                    // A later version: the actor changed the amounts or the calls before publishing again.
                    content = content(random, name, kind, theme, owner, today);
                }
                GeneratedPerson publisher = people.get(random.nextInt(people.size()));
                versions.row(
                        generation.uuid(),
                        id,
                        number,
                        owner.id().value(),
                        owner.name(),
                        content.name(),
                        content.kind().name(),
                        content.audience().name(),
                        InstrumentJson.write(content),
                        publisher.id().value(),
                        changed);
            }
            // The version counts the saves: one per publication, and the drafts saved before each.
            long version = published == 0 ? random.nextInt(3) : published + random.nextInt(published + 1);
            instruments.row(
                    id,
                    owner.id().value(),
                    owner.name(),
                    content.name(),
                    InstrumentJson.write(content),
                    published == 0 ? null : published,
                    creator.id().value(),
                    created,
                    creator.id().value(),
                    changed,
                    version);
            progress.advance();
        }
        progress.done();
    }

    private static InstrumentKind kind(RandomGenerator random) {
        int roll = random.nextInt(100);
        InstrumentKind[] kinds = InstrumentKind.values();
        for (int k = 0; k < kinds.length; k++) {
            roll -= KIND_WEIGHTS[k];
            if (roll < 0) {
                return kinds[k];
            }
        }
        return InstrumentKind.GRANT;
    }

    private static String uniqueName(
            Set<String> names, InstrumentKind kind, Theme theme, GeneratedOrganisation owner, RandomGenerator random) {
        List<String> patterns = NAMES.get(kind);
        String base = patterns.get(random.nextInt(patterns.size())).formatted(theme.name());
        String name = base;
        if (!names.add(name)) {
            name = base + " – " + owner.name();
            for (int n = 2; !names.add(name); n++) {
                name = base + " – " + owner.name() + " " + n;
            }
        }
        return name.length() <= InstrumentContent.NAME_MAX ? name : name.substring(0, InstrumentContent.NAME_MAX);
    }

    /** One version of an instrument's content, drawn for its kind, theme and owner. */
    private static InstrumentContent content(
            RandomGenerator random,
            String name,
            InstrumentKind kind,
            Theme theme,
            GeneratedOrganisation owner,
            LocalDate today) {
        boolean money = kind == InstrumentKind.GRANT || kind == InstrumentKind.LOAN || kind == InstrumentKind.GUARANTEE;
        Audience audience = switch (kind) {
            case LOAN, GUARANTEE -> Audience.SUPPLIER;
            case PROCESS_SUPPORT -> Audience.BUYER;
            default -> Audience.values()[random.nextInt(Audience.values().length)];
        };
        List<OrganisationType> types = switch (audience) {
            case BUYER ->
                random.nextBoolean()
                        ? List.of(OrganisationType.MUNICIPALITY, OrganisationType.COUNTY)
                        : List.of(
                                OrganisationType.MUNICIPALITY, OrganisationType.COUNTY, OrganisationType.STATE_AGENCY);
            case SUPPLIER -> List.of(OrganisationType.COMPANY);
            case BOTH -> List.of();
        };
        List<SizeClass> sizes = audience == Audience.SUPPLIER && random.nextBoolean()
                ? List.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM)
                : List.of();
        // A regional fund supports its own county; a national actor the whole country, some only a part of it.
        boolean national = "NO081".equals(owner.nuts().value());
        List<String> regions = national
                ? (random.nextInt(5) == 0 ? List.of("NO0A", "NO07") : List.of("NO"))
                : List.of(owner.nuts().value());
        List<String> sectors = random.nextInt(3) == 0 ? List.of() : theme.sectors();
        int first = 1 + random.nextInt(5);
        List<Integer> steps = new ArrayList<>();
        for (int s = first; s <= Math.min(8, first + 1 + random.nextInt(4)); s++) {
            steps.add(s);
        }
        Long min = null;
        Long max = null;
        Integer coFinancing = null;
        if (money) {
            min = random.nextInt(3) == 0 ? null : (long) (100_000 * (1 + random.nextInt(5)));
            max = (min == null ? 500_000L : min) * (2 + random.nextInt(20));
            max = Math.round(max / 100_000.0) * 100_000;
            coFinancing = kind == InstrumentKind.GRANT
                    ? List.of(25, 35, 40, 50, 60, 75).get(random.nextInt(6))
                    : null;
        }
        Eligibility eligibility = new Eligibility(
                types,
                sizes,
                sectors,
                regions,
                steps,
                min,
                max,
                coFinancing,
                audience != Audience.SUPPLIER && random.nextInt(3) == 0,
                audience == Audience.SUPPLIER && random.nextInt(4) == 0);
        boolean rolling = kind != InstrumentKind.PRIZE && random.nextInt(100) < 45;
        List<LocalDate> deadlines = new ArrayList<>();
        if (!rolling) {
            LocalDate call = today.minusDays(120).plusDays(random.nextInt(90));
            for (int c = 0; c < 1 + random.nextInt(3); c++) {
                deadlines.add(call);
                call = call.plusMonths(4 + random.nextInt(3));
            }
        }
        Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
        CostCategory[] all = CostCategory.values();
        for (int c = 0; c < 1 + random.nextInt(4); c++) {
            categories.add(all[random.nextInt(all.length)]);
        }
        if (money) {
            categories.add(CostCategory.DEVELOPMENT);
        } else {
            categories.add(CostCategory.EXTERNAL_ADVICE);
        }
        String summary = "For " + theme.about() + ". "
                + PURPOSES.get(random.nextInt(PURPOSES.size()))
                + (coFinancing == null ? "" : " Ordningen dekker inntil " + coFinancing + " prosent av kostnadene.");
        @Nullable String url = "https://www." + owner.domain() + "/ordninger/" + slug(name);
        return new InstrumentContent(
                name,
                summary,
                kind,
                audience,
                eligibility,
                rolling,
                deadlines,
                ApplyRoute.LINK,
                url,
                null,
                "Spørsmål om ordningen: post@" + owner.domain(),
                List.copyOf(categories),
                true);
    }

    private static String slug(String name) {
        String slug = java.text.Normalizer.normalize(
                        name.toLowerCase(java.util.Locale.ROOT)
                                .replace("æ", "ae")
                                .replace("ø", "o")
                                .replace("å", "a"),
                        java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
