package no.innomotor.suppliers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Supplier profiles of the three demo companies, with competences that match demo opportunities, and a saved search
 * for the demo supplier. The demo opportunities are imported in the same transaction; when it commits, each
 * publishes its import and {@link SupplierListeners} alerts these profiles, so the demo supplier finds alerts (with
 * their reasons) in the inbox, on the front page and under "my opportunities".
 */
@Component
@Order(150)
class SuppliersDemoData implements DemoDataContributor {

    static final String SUPPLIER_EMAIL = "sara@sensorlab.no";

    private final SupplierProfileRepository profiles;
    private final SavedSearchRepository searches;
    private final OrganisationsManagement organisations;
    private final SupplierCodes codes;
    private final Clock clock;

    SuppliersDemoData(
            SupplierProfileRepository profiles,
            SavedSearchRepository searches,
            OrganisationsManagement organisations,
            SupplierCodes codes,
            Clock clock) {
        this.profiles = profiles;
        this.searches = searches;
        this.organisations = organisations;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        profile(orgs.get("sensorlab"), sensorlab());
        profile(orgs.get("nordlys"), nordlys());
        profile(orgs.get("helsetek"), helsetek());
        PersonId sara = people.get(SUPPLIER_EMAIL);
        if (sara != null && orgs.get("sensorlab") != null) {
            searches.save(new SavedSearch(
                    sara,
                    orgs.get("sensorlab"),
                    new SearchCriteria(
                            "Telemetri og overvåking i Nord-Norge",
                            cpv("32441100"),
                            nuts("NO071", "NO072", "NO073"),
                            List.of(),
                            true),
                    clock.instant()));
        }
    }

    private void profile(OrganisationId organisation, ProfileFacts facts) {
        if (organisation == null) {
            return;
        }
        organisations
                .find(organisation)
                .ifPresent(org -> profiles.save(new SupplierProfile(
                        organisation, org.name(), facts, codes.scope(facts.competences()), null, clock.instant())));
    }

    static ProfileFacts sensorlab() {
        return new ProfileFacts(
                14,
                2019,
                cpv("38100000", "38430000", "32441000"),
                nuts("NO060", "NO071"),
                List.of("sensor", "måling", "inneklima", "glatt føre", "IoT"),
                "Vi utvikler robuste trådløse sensorer som måler føreforhold, inneklima og vannstand, og som sender"
                        + " data til kommunens egne systemer. Sensorene tåler vinter i Trøndelag og har batteri som"
                        + " varer i fem år.",
                "Pilot med måling av CO₂ og temperatur i tre klasserom sammen med en privat skole i Trondheim"
                        + " (2024–2025). Feltforsøk med føresensorer på en privat vei i Melhus vinteren 2025.",
                List.of(new ContactPerson("Sara Leverandør", "Daglig leder", SUPPLIER_EMAIL, "+47 73 10 20 30")),
                false,
                "Kommuner og fylkeskommuner i Midt- og Nord-Norge, deretter Norden.",
                "Levere sensorer til ti kommuner og ha 30 ansatte innen tre år.",
                "Vi vil lære å delta i markedsdialog og konkurranser, og ønsker en pilotkunde i offentlig sektor.",
                new ProfileFacts.Visibility(true, true, true, true));
    }

    static ProfileFacts nordlys() {
        return new ProfileFacts(
                6,
                2021,
                cpv("72000000", "48000000", "33195000"),
                nuts("NO071", "NO072", "NO073"),
                List.of("programvare", "digital", "tilsyn", "hjemmeoppfølging"),
                "Nordlys Data lager programvare for digitalt tilsyn og hjemmeoppfølging som fungerer med dårlig"
                        + " dekning, bygget sammen med sykepleiere i Tromsø.",
                "Utviklet bestillingsløsning for et privat omsorgsfirma i Tromsø.",
                List.of(new ContactPerson(
                        "Mikkel Nilsen", "Teknisk leder", "mikkel@nordlysdata.no", "+47 77 60 50 40")),
                false,
                "Kommuner i Nord-Norge med spredt bosetting.",
                "Bli den foretrukne leverandøren av digitalt tilsyn i Troms og Finnmark.",
                "Vi ønsker hjelp til å forstå krav til personvern og informasjonssikkerhet i helse.",
                new ProfileFacts.Visibility(true, true, false, false));
    }

    static ProfileFacts helsetek() {
        return new ProfileFacts(
                62,
                2008,
                cpv("33100000", "33196000", "85312400"),
                nuts("NO0A2", "NO0A1", "NO0A3", "NO081", "NO084"),
                List.of("pasient", "velferdsteknologi", "medisin", "helse", "fall"),
                "Helsetek leverer medisinsk utstyr og velferdsteknologi til sykehus og kommuner på Vestlandet og"
                        + " i Oslo og Akershus, med egen service og opplæring.",
                "Pasientvarsling ved to sykehus i Vestland. Medisindispensere i fire kommuner i Rogaland.",
                List.of(
                        new ContactPerson("Ingrid Haugland", "Salgssjef", "ingrid@helsetek.no", "+47 55 30 40 50"),
                        new ContactPerson("Ola Vik", "Prosjektleder", "ola@helsetek.no", "+47 55 30 40 51")),
                true,
                "Helseforetak i hele landet.",
                "Doble omsetningen i offentlig sektor.",
                "Samarbeid med forskningsmiljøer om nye løsninger for hjemmesykehus.",
                new ProfileFacts.Visibility(true, true, true, false));
    }

    private static List<CpvCode> cpv(String... codes) {
        return java.util.Arrays.stream(codes).map(CpvCode::of).toList();
    }

    private static List<NutsCode> nuts(String... codes) {
        return java.util.Arrays.stream(codes).map(NutsCode::of).toList();
    }
}
