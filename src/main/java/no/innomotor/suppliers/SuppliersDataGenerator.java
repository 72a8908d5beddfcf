package no.innomotor.suppliers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.Progress;
import no.innomotor.shared.security.Role;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The suppliers module's share of a generated dataset: a profile for every generated company (competences from the
 * CPV catalogue under the company's trade, the regions it serves, keywords, its size and founding year, its supplier
 * person as the contact) and saved searches for some supplier people. Rows as {@link SupplierProfile} and
 * {@link SavedSearch} store them; alerts are left to the opportunities imported later.
 */
@Component
@Order(400)
class SuppliersDataGenerator implements DataGeneratorContributor {

    /** What companies offer: CPV roots (their catalogue descendants are the competences) and words for it. */
    record Trade(List<String> cpvRoots, List<String> keywords, String pitch) {}

    static final List<Trade> TRADES = List.of(
            new Trade(
                    List.of("72000000", "48000000"),
                    List.of("programvare", "skytjenester", "integrasjon", "digitalisering", "saksbehandling"),
                    "Vi utvikler og drifter programvare for offentlige virksomheter."),
            new Trade(
                    List.of("38400000", "32441000", "38100000"),
                    List.of("sensor", "måling", "overvåking", "IoT", "inneklima"),
                    "Vi leverer sensorer og måleutstyr med åpne grensesnitt."),
            new Trade(
                    List.of("33100000", "33190000", "85300000"),
                    List.of("velferdsteknologi", "pasient", "helse", "hjemmetjenester"),
                    "Vi leverer velferdsteknologi og medisinsk utstyr til kommuner og sykehus."),
            new Trade(
                    List.of("45200000", "71300000"),
                    List.of("bygg", "anlegg", "energi", "rehabilitering"),
                    "Vi prosjekterer og bygger energieffektive bygg og anlegg."),
            new Trade(
                    List.of("90600000", "90900000"),
                    List.of("renhold", "vinterdrift", "brøyting", "drift"),
                    "Vi tar drift, renhold og vintervedlikehold for kommuner og borettslag."),
            new Trade(
                    List.of("09300000", "31500000", "34500000"),
                    List.of("solenergi", "belysning", "utslippsfri", "batteri"),
                    "Vi leverer fornybar energi, belysning og utslippsfrie løsninger."));

    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;

    SuppliersDataGenerator(CpvCatalogue cpv, NutsCatalogue nuts) {
        this.cpv = cpv;
        this.nuts = nuts;
    }

    @Override
    public String name() {
        return "suppliers";
    }

    @Override
    public void generate(DataGeneration generation) {
        List<GeneratedOrganisation> companies = generation.organisations().stream()
                .filter(org -> org.kind() == GeneratedOrganisation.Kind.COMPANY)
                .toList();
        Map<OrganisationId, GeneratedPerson> suppliers = new HashMap<>();
        for (GeneratedPerson person : generation.people()) {
            if (person.role() == Role.SUPPLIER) {
                suppliers.putIfAbsent(person.organisation(), person);
            }
        }
        List<List<CpvCode>> known = new ArrayList<>();
        for (Trade trade : TRADES) {
            List<CpvCode> codes = new ArrayList<>();
            for (String root : trade.cpvRoots()) {
                cpv.descendants(CpvCode.of(root)).stream()
                        .map(CpvEntry::code)
                        .filter(code -> code.level() <= 4)
                        .forEach(codes::add);
            }
            if (codes.isEmpty()) {
                throw new IllegalStateException("No CPV code under " + trade.cpvRoots() + " in the catalogue");
            }
            known.add(codes);
        }
        List<String> counties =
                nuts.counties().stream().map(region -> region.code().value()).toList();

        BulkTable profiles = generation.table(
                "supplier_profile",
                "organisation_id",
                "company_name",
                "employees",
                "size_class",
                "founded_year",
                "competences",
                "competence_scope",
                "regions",
                "keywords",
                "pitch",
                "reference_text",
                "sold_to_public",
                "target_markets",
                "three_year_goal",
                "help_wanted",
                "listed",
                "contacts_visible",
                "references_visible",
                "growth_visible",
                "created_at",
                "updated_at",
                "version");
        BulkTable contacts = generation.table(
                "supplier_profile_contact", "organisation_id", "sort_order", "name", "contact_role", "email", "phone");
        BulkTable searches = generation.table(
                "supplier_saved_search",
                "id",
                "person_id",
                "organisation_id",
                "name",
                "cpv_codes",
                "regions",
                "keywords",
                "mail",
                "created_at",
                "version");
        Progress progress = generation.progress("supplier profiles", companies.size());
        RandomGenerator random = generation.random();
        Instant now = generation.now();
        for (GeneratedOrganisation company : companies) {
            int t = random.nextInt(TRADES.size());
            Trade trade = TRADES.get(t);
            List<CpvCode> pool = known.get(t);
            Set<CpvCode> chosen = new LinkedHashSet<>();
            int wanted = 1 + random.nextInt(4);
            while (chosen.size() < wanted && chosen.size() < pool.size()) {
                chosen.add(pool.get(random.nextInt(pool.size())));
            }
            Set<CpvCode> scope = new LinkedHashSet<>();
            for (CpvCode code : chosen) {
                scope.add(code);
                cpv.path(code).forEach(entry -> scope.add(entry.code()));
            }
            Set<String> regions = new LinkedHashSet<>();
            if (random.nextInt(100) < 10) {
                regions.add("NO");
            } else {
                regions.add(company.nuts().value());
                int more = random.nextInt(3);
                for (int i = 0; i < more; i++) {
                    regions.add(counties.get(random.nextInt(counties.size())));
                }
            }
            Set<String> keywords = new LinkedHashSet<>();
            int words = 1 + random.nextInt(3);
            for (int i = 0; i < words; i++) {
                keywords.add(
                        trade.keywords().get(random.nextInt(trade.keywords().size())));
            }
            int employees = Math.max(1, company.size());
            boolean soldToPublic = random.nextInt(100) < (employees < 50 ? 25 : 70);
            boolean listed = random.nextInt(100) < 90;
            Instant created = now.minus(1 + random.nextInt(700), ChronoUnit.DAYS)
                    .minus(random.nextInt(86_400), ChronoUnit.SECONDS)
                    .truncatedTo(ChronoUnit.MICROS);
            Instant updated = random.nextBoolean()
                    ? created
                    : created.plus(random.nextInt(60), ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
            if (updated.isAfter(now)) {
                updated = created;
            }
            long version = updated.equals(created) ? 0L : 1L;
            profiles.row(
                    company.id().value(),
                    company.name(),
                    employees,
                    SizeClass.of(employees).name(),
                    java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).getYear() - random.nextInt(40),
                    SupplierProfile.join(chosen.stream().map(CpvCode::value).toList(), " "),
                    SupplierProfile.join(
                            scope.stream().map(CpvCode::value).sorted().toList(), " "),
                    SupplierProfile.join(regions, " "),
                    SupplierProfile.join(keywords, ","),
                    trade.pitch(),
                    "",
                    soldToPublic,
                    "",
                    "",
                    "",
                    listed,
                    true,
                    true,
                    false,
                    created,
                    updated,
                    version);
            GeneratedPerson person = suppliers.get(company.id());
            if (person != null) {
                contacts.row(company.id().value(), 0, person.name(), "Salg", person.email(), "");
                if (random.nextInt(100) < 30) {
                    searches.row(
                            generation.uuid(),
                            person.id().value(),
                            company.id().value(),
                            "Muligheter innen " + trade.keywords().get(0),
                            chosen.iterator().next().value(),
                            company.nuts().value(),
                            "",
                            random.nextBoolean(),
                            created,
                            0L);
                }
            }
            progress.advance();
        }
        progress.done();
    }
}
