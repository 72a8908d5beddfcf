package no.innomotor.organisations;

import static no.innomotor.organisations.NorwegianNames.pick;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedOrganisation.Kind;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.Progress;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The organisations and people of a generated national dataset: about 357 municipalities spread over the counties
 * as in Norway, the 15 county authorities, about 200 state bodies (national directorates, their regional offices,
 * the state administrators, health trusts, colleges), instrument actors, and 20,000 supplier companies of every size
 * per unit of scale. Public buyers stay at their national number above scale 1 (there are only so many
 * municipalities); companies and everything after them grow with the scale.
 *
 * <p>Every organisation is approved, with a valid and unique organisation number. Its people are scaled by its size:
 * buyers and a top leader in every public buyer, advisers, jury members and mentors where they belong, suppliers in
 * the companies. Everyone signs in with the demo password, hashed once for all of them: hashing per person would
 * take hours. Addresses are first.last@domain, numbered on a collision, never in a demo domain.
 */
@Component
@Order(100)
class OrganisationsDataGenerator implements DataGeneratorContributor {

    /** Municipalities per county (NUTS 2024), as Norway has them since 2024. */
    static final Map<String, Integer> MUNICIPALITIES = Map.ofEntries(
            Map.entry("NO020", 46),
            Map.entry("NO060", 38),
            Map.entry("NO071", 41),
            Map.entry("NO072", 21),
            Map.entry("NO073", 18),
            Map.entry("NO081", 1),
            Map.entry("NO083", 12),
            Map.entry("NO084", 21),
            Map.entry("NO085", 18),
            Map.entry("NO092", 25),
            Map.entry("NO093", 6),
            Map.entry("NO094", 17),
            Map.entry("NO0A1", 23),
            Map.entry("NO0A2", 43),
            Map.entry("NO0A3", 27));

    /** Share of the population per county, in per mille: where companies are. */
    static final Map<String, Integer> POPULATION = Map.ofEntries(
            Map.entry("NO020", 68),
            Map.entry("NO060", 89),
            Map.entry("NO071", 44),
            Map.entry("NO072", 31),
            Map.entry("NO073", 14),
            Map.entry("NO081", 130),
            Map.entry("NO083", 55),
            Map.entry("NO084", 130),
            Map.entry("NO085", 56),
            Map.entry("NO092", 58),
            Map.entry("NO093", 46),
            Map.entry("NO094", 32),
            Map.entry("NO0A1", 91),
            Map.entry("NO0A2", 118),
            Map.entry("NO0A3", 49));

    /** National directorates and agencies (written for the dataset) with the sector they work in. */
    static final List<String[]> DIRECTORATES = List.of(
            new String[] {"Direktoratet for digital samhandling", "Digitalisering"},
            new String[] {"Direktoratet for klimatilpasning", "Klima og miljø"},
            new String[] {"Direktoratet for skoleutvikling", "Utdanning"},
            new String[] {"Direktoratet for havforvaltning", "Fiskeri og havbruk"},
            new String[] {"Direktoratet for samfunnsberedskap", "Samfunnssikkerhet"},
            new String[] {"Direktoratet for folkehelse og forebygging", "Helse"},
            new String[] {"Direktoratet for eiendom og bygg", "Eiendom"},
            new String[] {"Direktoratet for kulturarv og museer", "Kultur"},
            new String[] {"Direktoratet for integrering og språk", "Integrering"},
            new String[] {"Direktoratet for landbruk og mat", "Landbruk"},
            new String[] {"Statens senter for arbeidsinkludering", "Arbeid og velferd"},
            new String[] {"Statens kartverksetat for fjellområder", "Geodata"},
            new String[] {"Statens energiforvaltning", "Energi"},
            new String[] {"Statens innkjøpssenter for helse", "Helse"},
            new String[] {"Statens trafikksikkerhetsverk", "Samferdsel"},
            new String[] {"Statens datasenter for forskning", "Forskning"},
            new String[] {"Statens naturtilsyn", "Klima og miljø"},
            new String[] {"Tilsynet for drikkevann", "Mattrygghet"},
            new String[] {"Tilsynet for byggkvalitet", "Bygg"},
            new String[] {"Tilsynet for digitale tjenester", "Digitalisering"},
            new String[] {"Nasjonalt senter for beredskapsmedisin", "Helse"},
            new String[] {"Nasjonalt senter for skogforvaltning", "Landbruk"},
            new String[] {"Nasjonalt vegdataverk", "Samferdsel"},
            new String[] {"Nasjonalt jernbaneanlegg", "Samferdsel"},
            new String[] {"Nasjonal kystforvaltning", "Samferdsel"},
            new String[] {"Nasjonal arkivtjeneste", "Kultur"},
            new String[] {"Forsvarets materiellverk for logistikk", "Forsvar"},
            new String[] {"Kriminalomsorgens servicesenter", "Justis"},
            new String[] {"Domstolenes fellestjenester", "Justis"},
            new String[] {"Skatteforvaltningens innkjøpskontor", "Finans"});

    /** Agencies with an office in every county, named after it ("Vegforvaltningen Nordland"). */
    static final List<String[]> REGIONAL_AGENCIES = List.of(
            new String[] {"Vegforvaltningen", "Samferdsel"},
            new String[] {"Arbeids- og velferdskontoret", "Arbeid og velferd"},
            new String[] {"Eiendomsforvaltningen", "Eiendom"},
            new String[] {"Politiets fellestjenester", "Justis"},
            new String[] {"Kriminalomsorgen region", "Justis"},
            new String[] {"Barnevernstjenesten region", "Barn og familie"},
            new String[] {"Skattekontoret", "Finans"},
            new String[] {"Mattilsynet region", "Mattrygghet"});

    /** The trades of supplier companies: sector label and the words their names carry. */
    static final List<Trade> TRADES = List.of(
            new Trade("Programvare og IT", List.of("Data", "Digital", "Systemer", "IT", "Software", "Kode")),
            new Trade("Bygg og anlegg", List.of("Bygg", "Entreprenør", "Anlegg", "Byggservice", "Tømrer")),
            new Trade("Elektro", List.of("Elektro", "Elektriske", "Installasjon")),
            new Trade("VVS", List.of("Rør", "VVS", "Rørservice")),
            new Trade("Helse- og velferdsteknologi", List.of("Helseteknologi", "Velferd", "Medisinsk", "Omsorg")),
            new Trade("Energi og miljø", List.of("Energi", "Solenergi", "Miljøteknikk", "Varme")),
            new Trade("Transport og logistikk", List.of("Transport", "Logistikk", "Frakt", "Buss")),
            new Trade("Renhold og drift", List.of("Renhold", "Rengjøring", "Eiendomsservice")),
            new Trade("Rådgivning", List.of("Rådgivning", "Analyse", "Konsult", "Prosjektledelse")),
            new Trade("Mat og servering", List.of("Catering", "Mat", "Kjøkken", "Bakeri")),
            new Trade("Sensorer og elektronikk", List.of("Sensor", "Elektronikk", "Instrument", "Måleteknikk")),
            new Trade("Arkitektur og design", List.of("Arkitekter", "Design", "Landskap")),
            new Trade("Maskin og verksted", List.of("Maskin", "Mekaniske", "Verksted")),
            new Trade("Opplæring og kurs", List.of("Læring", "Kompetanse", "Kurs")),
            new Trade("Vei og vinterdrift", List.of("Maskinentreprenør", "Vegdrift", "Brøyting", "Grunnarbeid")),
            new Trade("Avfall og gjenvinning", List.of("Gjenvinning", "Miljøservice", "Renovasjon")),
            new Trade("Møbler og inventar", List.of("Interiør", "Møbler", "Inventar")),
            new Trade("Vann og avløp", List.of("Vannteknikk", "VA", "Avløp")));

    record Trade(String sector, List<String> words) {}

    private final PasswordEncoder passwordEncoder;
    private final NutsCatalogue nuts;
    private final JdbcTemplate jdbc;

    OrganisationsDataGenerator(PasswordEncoder passwordEncoder, NutsCatalogue nuts, JdbcTemplate jdbc) {
        this.passwordEncoder = passwordEncoder;
        this.nuts = nuts;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "organisations";
    }

    @Override
    public void generate(DataGeneration generation) {
        new Run(generation).generate();
    }

    /** One generation: the tables, what is taken, and the random numbers. */
    private final class Run {

        private final DataGeneration generation;
        private final RandomGenerator random;
        private final RandomGenerator numbers;
        private final String passwordHash;
        private final Set<String> orgNumbers = new HashSet<>();
        private final Set<String> emails = new HashSet<>();
        private final Set<String> names = new HashSet<>();
        private final Set<String> domains = new HashSet<>();
        private final List<NutsRegion> counties = nuts.counties();
        private final BulkTable organisationTable;
        private final BulkTable personTable;
        private final BulkTable roleTable;
        private final Progress organisationProgress;
        private final Progress peopleProgress;
        private final Progress roleProgress;
        private final double buyerScale;

        Run(DataGeneration generation) {
            this.generation = generation;
            this.random = generation.random();
            // Numbers have a stream of their own: skipping a number already in the database draws again, and must not
            // shift what everything else draws.
            this.numbers = new java.util.SplittableRandom(random.nextLong());
            this.passwordHash = passwordEncoder.encode(generation.password());
            orgNumbers.addAll(generation.reservedOrgNumbers());
            orgNumbers.addAll(jdbc.queryForList("select org_number from organisation", String.class));
            emails.addAll(jdbc.queryForList("select email from person", String.class));
            domains.addAll(generation.reservedEmailDomains());
            this.buyerScale = Math.min(1, generation.scale());
            int companies = generation.scaled(20_000, 20);
            int buyers = 357 + 15 + 200 + 18;
            this.organisationTable = generation.table(
                    "organisation",
                    "id",
                    "org_number",
                    "name",
                    "type",
                    "nuts_code",
                    "sector",
                    "status",
                    "created_at",
                    "version");
            this.personTable = generation.table(
                    "person", "id", "email", "display_name", "password_hash", "enabled", "created_at", "version");
            this.roleTable = generation.table(
                    "membership_role", "id", "person_id", "organisation_id", "role", "granted_at", "status");
            long expectedOrganisations = Math.round(buyers * buyerScale) + companies;
            this.organisationProgress = generation.progress("organisations", expectedOrganisations);
            this.peopleProgress = generation.progress("people", Math.round(expectedOrganisations * 1.7));
            this.roleProgress = generation.progress("roles", Math.round(expectedOrganisations * 1.75));
        }

        void generate() {
            municipalities();
            countyAuthorities();
            stateBodies();
            instrumentActors();
            companies();
            organisationProgress.done();
            peopleProgress.done();
            roleProgress.done();
        }

        private void municipalities() {
            boolean first = true;
            for (NutsRegion county : counties) {
                int count = Math.max(1, (int)
                        Math.round(MUNICIPALITIES.getOrDefault(county.code().value(), 10) * buyerScale));
                for (int i = 0; i < count; i++) {
                    String place = uniqueName(() -> NorwegianNames.place(random), " kommune");
                    int size = "NO081".equals(county.code().value())
                            ? 50_000
                            : (int) Math.min(40_000, Math.max(60, 700 * Math.exp(random.nextGaussian() * 1.0)));
                    GeneratedOrganisation org = organisation(
                            place + " kommune",
                            Kind.MUNICIPALITY,
                            OrganisationType.MUNICIPALITY,
                            county.code(),
                            "Kommunal forvaltning",
                            size,
                            NorwegianNames.slug(place) + ".kommune.no");
                    PersonId buyer = people(org, Role.BUYER, 1 + Math.min(20, size / 1500));
                    PersonId leader = people(org, Role.TOP_LEADER, size > 8000 ? 2 : 1);
                    if (random.nextInt(8) == 0) {
                        people(org, Role.MENTOR, 1);
                    }
                    if (first) {
                        account(buyer, "buyer, " + org.name());
                        account(leader, "top leader, " + org.name());
                        first = false;
                    }
                }
            }
        }

        private void countyAuthorities() {
            for (NutsRegion county : counties) {
                if ("NO081".equals(county.code().value())) {
                    // Oslo is a municipality and a county at once: its municipality is its county authority.
                    continue;
                }
                String name = county.name() + " fylkeskommune";
                names.add(name);
                int size = 1500 + random.nextInt(5000);
                GeneratedOrganisation org = organisation(
                        name,
                        Kind.COUNTY,
                        OrganisationType.COUNTY,
                        county.code(),
                        "Fylkeskommunal forvaltning",
                        size,
                        NorwegianNames.slug(county.name()) + ".fylkeskommune.no");
                people(org, Role.BUYER, 3 + random.nextInt(5));
                people(org, Role.TOP_LEADER, 1);
                people(org, Role.JURY, 1);
            }
        }

        private void stateBodies() {
            NutsCode oslo = NutsCode.of("NO081");
            int national = Math.max(2, (int) Math.round(DIRECTORATES.size() * buyerScale));
            GeneratedOrganisation centre = organisation(
                    "Kompetansesenteret for innovative anskaffelser",
                    Kind.STATE_AGENCY,
                    OrganisationType.STATE_AGENCY,
                    oslo,
                    "Anskaffelser og innovasjon",
                    400,
                    "innovative-anskaffelser.no");
            names.add(centre.name());
            PersonId adviser = people(centre, Role.ADVISER, Math.max(2, (int) Math.round(40 * buyerScale)));
            people(centre, Role.JURY, Math.max(1, (int) Math.round(8 * buyerScale)));
            people(centre, Role.MENTOR, Math.max(1, (int) Math.round(15 * buyerScale)));
            people(centre, Role.BUYER, 2);
            people(centre, Role.TOP_LEADER, 1);
            account(adviser, "adviser, " + centre.name());
            for (int i = 0; i < national; i++) {
                String[] agency = DIRECTORATES.get(i % DIRECTORATES.size());
                stateAgency(agency[0], agency[1], oslo, 300 + random.nextInt(4000));
            }
            for (NutsRegion county : counties) {
                if (random.nextDouble() >= buyerScale) {
                    continue;
                }
                stateAgency("Statsforvalteren i " + county.name(), "Statlig forvaltning", county.code(), 150);
                for (String[] agency : REGIONAL_AGENCIES) {
                    stateAgency(agency[0] + " " + county.name(), agency[1], county.code(), 100 + random.nextInt(1500));
                }
                stateAgency(
                        "Helse " + NorwegianNames.place(random) + " HF",
                        "Spesialisthelsetjeneste",
                        county.code(),
                        2000 + random.nextInt(12_000));
                if (random.nextInt(2) == 0) {
                    stateAgency(
                            "Høgskolen i " + county.name(),
                            "Høyere utdanning",
                            county.code(),
                            500 + random.nextInt(2000));
                }
            }
        }

        private void stateAgency(String name, String sector, NutsCode region, int size) {
            String unique = names.add(name) ? name : name + " " + NorwegianNames.place(random);
            names.add(unique);
            GeneratedOrganisation org = organisation(
                    unique,
                    Kind.STATE_AGENCY,
                    OrganisationType.STATE_AGENCY,
                    region,
                    sector,
                    size,
                    NorwegianNames.slug(unique) + ".no");
            people(org, Role.BUYER, 1 + Math.min(12, size / 2000));
            people(org, Role.TOP_LEADER, 1);
        }

        private void instrumentActors() {
            boolean first = true;
            for (NutsRegion county : counties) {
                if (random.nextDouble() >= buyerScale && !first) {
                    continue;
                }
                String name = "Regionalt forskningsfond " + county.name();
                names.add(name);
                GeneratedOrganisation org = organisation(
                        name,
                        Kind.INSTRUMENT_ACTOR,
                        OrganisationType.INSTRUMENT_ACTOR,
                        county.code(),
                        "Virkemiddelapparat",
                        20 + random.nextInt(30),
                        NorwegianNames.slug(name) + ".no");
                PersonId actor = people(org, Role.INSTRUMENT_ACTOR, 2 + random.nextInt(3));
                if (first) {
                    account(actor, "instrument actor, " + org.name());
                    first = false;
                }
            }
            for (String name : List.of(
                    "Nasjonalt fond for tjenesteinnovasjon",
                    "Fondet for grønn omstilling i kommunene",
                    "Innovasjonsprogrammet for helse og omsorg")) {
                if (names.add(name)) {
                    GeneratedOrganisation org = organisation(
                            name,
                            Kind.INSTRUMENT_ACTOR,
                            OrganisationType.INSTRUMENT_ACTOR,
                            NutsCode.of("NO081"),
                            "Virkemiddelapparat",
                            60,
                            NorwegianNames.slug(name) + ".no");
                    people(org, Role.INSTRUMENT_ACTOR, 4);
                    people(org, Role.JURY, 1);
                }
            }
        }

        private void companies() {
            int count = generation.scaled(20_000, 20);
            List<String> regions = new ArrayList<>();
            for (NutsRegion county : counties) {
                for (int i = 0; i < POPULATION.getOrDefault(county.code().value(), 20); i++) {
                    regions.add(county.code().value());
                }
            }
            for (int i = 0; i < count; i++) {
                Trade trade = pick(random, TRADES);
                int roll = random.nextInt(1000);
                String name;
                int size;
                int people;
                if (roll < 350) {
                    String owner = NorwegianNames.fullName(random);
                    name = uniqueName(() -> owner + " " + pick(random, trade.words()), "");
                    size = 1;
                    people = 1;
                } else if (roll < 850) {
                    name = uniqueName(() -> companyWord() + " " + pick(random, trade.words()), " AS");
                    size = 2 + random.nextInt(19);
                    people = 1 + random.nextInt(2);
                } else if (roll < 975) {
                    name = uniqueName(() -> companyWord() + " " + pick(random, trade.words()), " AS");
                    size = 20 + random.nextInt(230);
                    people = 2 + random.nextInt(3);
                } else if (roll < 995) {
                    name = uniqueName(() -> companyWord() + " " + pick(random, trade.words()), " AS");
                    size = 250 + random.nextInt(3000);
                    people = 3 + random.nextInt(6);
                } else {
                    name = uniqueName(
                            () -> companyWord() + pick(random, List.of(" Gruppen", " Holding", " Group")), " ASA");
                    size = 1000 + random.nextInt(20_000);
                    people = 4 + random.nextInt(5);
                }
                String baseDomain = NorwegianNames.slug(name.replaceAll(" (AS|ASA)$", ""));
                String domain = baseDomain + ".no";
                for (int n = 2; !domains.add(domain); n++) {
                    domain = baseDomain + "-" + n + ".no";
                }
                GeneratedOrganisation org = organisation(
                        name,
                        Kind.COMPANY,
                        OrganisationType.COMPANY,
                        NutsCode.of(pick(random, regions)),
                        trade.sector(),
                        size,
                        domain);
                PersonId supplier = people(org, Role.SUPPLIER, people);
                if (!supplierAccount && roll >= 350) {
                    account(supplier, "supplier, " + org.name());
                    supplierAccount = true;
                }
            }
        }

        private boolean supplierAccount;

        private String companyWord() {
            String start = pick(random, NorwegianNames.COMPANY_START);
            String middle = pick(random, NorwegianNames.COMPANY_MIDDLE);
            return start + middle;
        }

        /** A name not taken yet; after a few tries a place is added to tell it apart. */
        private String uniqueName(java.util.function.Supplier<String> candidate, String suffix) {
            for (int attempt = 0; attempt < 6; attempt++) {
                String name = candidate.get() + suffix;
                if (names.add(name)) {
                    return name.substring(0, name.length() - suffix.length());
                }
            }
            while (true) {
                String name = candidate.get() + " " + NorwegianNames.place(random) + suffix;
                if (names.add(name)) {
                    return name.substring(0, name.length() - suffix.length());
                }
            }
        }

        private GeneratedOrganisation organisation(
                String name,
                Kind kind,
                OrganisationType type,
                NutsCode region,
                String sector,
                int size,
                String domain) {
            domains.add(domain);
            UUID id = generation.uuid();
            String number = orgNumber();
            Instant created = generation.now().minus(400 + random.nextInt(2500), ChronoUnit.DAYS);
            // Public buyers and instrument actors were registered as pending and approved: one update.
            organisationTable.row(
                    id,
                    number,
                    name,
                    type.name(),
                    region.value(),
                    sector,
                    OrganisationStatus.APPROVED.name(),
                    created,
                    type.needsApproval() ? 1L : 0L);
            organisationProgress.advance();
            GeneratedOrganisation org = new GeneratedOrganisation(
                    new OrganisationId(id), new OrgNumber(number), name, kind, region, size, domain, sector);
            generation.add(org);
            return org;
        }

        /** {@code count} people with {@code role} in {@code org}; returns the first. */
        private PersonId people(GeneratedOrganisation org, Role role, int count) {
            PersonId first = null;
            for (int i = 0; i < count; i++) {
                String name = NorwegianNames.fullName(random);
                String email = email(name, org.domain());
                UUID id = generation.uuid();
                Instant created = generation.now().minus(10 + random.nextInt(380), ChronoUnit.DAYS);
                personTable.row(id, email, name, passwordHash, true, created, 0L);
                roleTable.row(generation.uuid(), id, org.id().value(), role.name(), created, "ACTIVE");
                peopleProgress.advance();
                roleProgress.advance();
                PersonId person = new PersonId(id);
                generation.add(new GeneratedPerson(person, name, email, org.id(), role));
                if (first == null) {
                    first = person;
                }
            }
            return first;
        }

        private void account(PersonId person, String description) {
            generation.people().stream()
                    .filter(p -> p.id().equals(person))
                    .reduce((a, b) -> b)
                    .ifPresent(p -> generation.account(p.email(), description));
        }

        private String email(String name, String domain) {
            String[] parts = name.split(" ");
            String local = NorwegianNames.slug(parts[0]) + "." + NorwegianNames.slug(parts[parts.length - 1]);
            String email = local + "@" + domain;
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + domain;
            }
            return email;
        }

        /** Nine digits starting with 8 or 9, the last a modulus-11 check digit; never one already taken. */
        private String orgNumber() {
            while (true) {
                StringBuilder digits = new StringBuilder(9);
                digits.append(8 + numbers.nextInt(2));
                for (int i = 0; i < 7; i++) {
                    digits.append(numbers.nextInt(10));
                }
                int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
                int sum = 0;
                for (int i = 0; i < 8; i++) {
                    sum += (digits.charAt(i) - '0') * weights[i];
                }
                int check = sum % 11 == 0 ? 0 : 11 - sum % 11;
                if (check == 10) {
                    continue;
                }
                digits.append(check);
                String number = digits.toString();
                if (orgNumbers.add(number)) {
                    return number;
                }
            }
        }
    }
}
