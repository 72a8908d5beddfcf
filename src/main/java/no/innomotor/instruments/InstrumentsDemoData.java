package no.innomotor.instruments;

import static no.innomotor.organisations.OrganisationType.COMPANY;
import static no.innomotor.organisations.OrganisationType.COUNTY;
import static no.innomotor.organisations.OrganisationType.MUNICIPALITY;
import static no.innomotor.organisations.OrganisationType.STATE_AGENCY;
import static no.innomotor.shared.CostCategory.COMPETENCE;
import static no.innomotor.shared.CostCategory.DEVELOPMENT;
import static no.innomotor.shared.CostCategory.EQUIPMENT;
import static no.innomotor.shared.CostCategory.EXTERNAL_ADVICE;
import static no.innomotor.shared.CostCategory.PERSONNEL;
import static no.innomotor.shared.CostCategory.PILOTING;
import static no.innomotor.shared.CostCategory.RISK_OF_LOSS;
import static no.innomotor.suppliers.SizeClass.MEDIUM;
import static no.innomotor.suppliers.SizeClass.MICRO;
import static no.innomotor.suppliers.SizeClass.SMALL;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.innomotor.organisations.DemoActors;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.riskrelief.PublishedScheme;
import no.innomotor.riskrelief.RiskReliefQueries;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SizeClass;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo catalogue: the kinds of instrument a Norwegian public buyer or supplier meets, described in our own words,
 * every amount marked as an example. Innovasjon Norge, Forskningsrådet, Enova, the supplier development programme
 * and a county's regional research fund publish them through the module's own commands. Ingrid at Innovasjon Norge
 * finds a draft to publish and a call closing soon; the adviser finds an instrument whose calls have all closed.
 * Innovasjon Norge's pilot-customer instrument is applied for in Innomotor, through the risk-relief module's demo
 * scheme, and fits Bærum's sensor project.
 */
@Component
@Order(320) // after the risk-relief demo data (300), whose published scheme an instrument applies through
class InstrumentsDemoData implements DemoDataContributor {

    static final String INSTRUMENT_EMAIL = "ingrid@innovasjonnorge.no";
    static final String DRAFT_NAME = "Innovasjonskontrakt for grønn omstilling";
    static final String CLOSED_NAME = "Forprosjekt for innovasjon i offentlig sektor";
    static final String IN_INNOMOTOR_NAME = "Risikoavlastning for kommuner som er første kunde";
    static final String SCHEME_NAME = "Risikoavlastning for pilotkunder";

    /** Instrument actors of our own, numbered apart from the platform's demo organisations. */
    static final String ENOVA = "983609155";

    static final String LUP = "913572467";
    static final String RFF_VESTLAND = "913572475";

    private static final List<OrganisationType> PUBLIC = List.of(MUNICIPALITY, COUNTY, STATE_AGENCY);
    private static final List<SizeClass> SME = List.of(MICRO, SMALL, MEDIUM);

    private final InstrumentsManagement instruments;
    private final InstrumentQueries queries;
    private final OrganisationsManagement organisations;
    private final DemoActors actors;
    private final RiskReliefQueries schemes;
    private final Clock clock;

    InstrumentsDemoData(
            InstrumentsManagement instruments,
            InstrumentQueries queries,
            OrganisationsManagement organisations,
            DemoActors actors,
            RiskReliefQueries schemes,
            Clock clock) {
        this.schemes = schemes;
        this.instruments = instruments;
        this.queries = queries;
        this.organisations = organisations;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId innovasjon = orgs.get("innovasjon");
        OrganisationId forskning = orgs.get("forskningsradet");
        if (innovasjon == null || forskning == null) {
            return;
        }
        CurrentUser ingrid = actors.actor(people.get(INSTRUMENT_EMAIL), innovasjon, Role.INSTRUMENT_ACTOR);
        if (ingrid == null) {
            return;
        }
        OrganisationId enova = actor(ENOVA, "Enova SF", "NO060");
        OrganisationId lup = actor(LUP, "Leverandørutviklingsprogrammet (LUP)", "NO081");
        OrganisationId rff = actor(RFF_VESTLAND, "Regionale forskingsfond Vestland", "NO0A2");
        orgs.putIfAbsent("enova", enova);
        orgs.putIfAbsent("lup", lup);
        orgs.putIfAbsent("rff-vestland", rff);
        CurrentUser forskningActor =
                actors.newActor("tone.tilskudd@forskningsradet.no", "Tone Tilskudd", forskning, Role.INSTRUMENT_ACTOR);
        CurrentUser enovaActor = actors.newActor("erik.energi@enova.no", "Erik Energi", enova, Role.INSTRUMENT_ACTOR);
        CurrentUser lupActor = actors.newActor("lise.prosess@lup.no", "Lise Prosess", lup, Role.INSTRUMENT_ACTOR);
        CurrentUser rffActor =
                actors.newActor("vidar.forsking@vestlandfylke.no", "Vidar Forsking", rff, Role.INSTRUMENT_ACTOR);
        if (forskningActor == null || enovaActor == null || lupActor == null || rffActor == null) {
            return;
        }
        LocalDate today = NorwegianTime.today(clock);

        publish(
                ingrid,
                innovasjon,
                content(
                        "Innovasjonskontrakt",
                        "Tilskudd til en bedrift som utvikler en ny løsning sammen med en offentlig eller privat"
                                + " pilotkunde som forplikter seg til å prøve den. Forskning og utvikling er kjernen;"
                                + " pilotkunden bidrar med behov, testing og egne timer. Eksempelbeløp: tilskudd på"
                                + " inntil 45 prosent av utviklingskostnadene i prosjekter på 1–20 millioner kroner.",
                        InstrumentKind.GRANT,
                        Audience.SUPPLIER,
                        new Eligibility(
                                List.of(COMPANY),
                                SME,
                                List.of(),
                                List.of("NO"),
                                List.of(),
                                1_000_000L,
                                20_000_000L,
                                45,
                                false,
                                true),
                        false,
                        List.of(today.plusDays(18), today.plusMonths(7)),
                        "Innovasjon Norge, distriktskontoret i fylket ditt",
                        List.of(DEVELOPMENT, PERSONNEL, PILOTING)));

        publish(
                forskningActor,
                forskning,
                content(
                        "Innovasjonsprosjekt i offentlig sektor",
                        "Støtte til en offentlig virksomhet som vil løse et behov med forskning og utvikling, sammen"
                                + " med en forskningspartner. Ordningen dekker bare FoU-delen av prosjektet, og"
                                + " kommuner og fylkeskommuner får en høyere andel enn statlige virksomheter. Årlig"
                                + " utlysning. Eksempelbeløp: prosjekter på 2–50 millioner kroner, inntil 50 prosent"
                                + " støtte.",
                        InstrumentKind.GRANT,
                        Audience.BUYER,
                        new Eligibility(
                                PUBLIC,
                                List.of(),
                                List.of(),
                                List.of("NO"),
                                List.of(2, 3, 4, 5, 6),
                                2_000_000L,
                                50_000_000L,
                                50,
                                true,
                                false),
                        false,
                        List.of(today.plusMonths(2)),
                        "Forskningsrådet, avdeling for innovasjon i offentlig sektor",
                        List.of(PERSONNEL, EXTERNAL_ADVICE, DEVELOPMENT)));

        // Every call has closed: the adviser sees that it needs a new one.
        publish(
                forskningActor,
                forskning,
                content(
                        CLOSED_NAME,
                        "Et lite tilskudd til å kartlegge behovet, forankre prosjektet og finne partnere før en"
                                + " søker om et innovasjonsprosjekt. For kommuner og fylkeskommuner tidlig i veikartet."
                                + " Eksempelbeløp: inntil 500 000 kroner.",
                        InstrumentKind.GRANT,
                        Audience.BUYER,
                        new Eligibility(
                                List.of(MUNICIPALITY, COUNTY),
                                List.of(),
                                List.of(),
                                List.of("NO"),
                                List.of(1, 2),
                                null,
                                null,
                                80,
                                false,
                                false),
                        false,
                        List.of(today.minusMonths(3), today.minusDays(20)),
                        "Forskningsrådet",
                        List.of(PERSONNEL, EXTERNAL_ADVICE)));

        publish(
                forskningActor,
                forskning,
                content(
                        "Forprosjekt for førkommersiell anskaffelse",
                        "Tilskudd til å forberede en førkommersiell anskaffelse (PCP), der flere leverandører"
                                + " konkurrerer om å utvikle løsninger i faser. Forprosjektet kartlegger markedet,"
                                + " formulerer behovet og planlegger konkurransen, med prosessveiledning fra LUP."
                                + " Krever et signert mandat fra toppledelsen. Eksempelbeløp: inntil 1 million kroner.",
                        InstrumentKind.GRANT,
                        Audience.BUYER,
                        new Eligibility(
                                PUBLIC,
                                List.of(),
                                List.of(),
                                List.of("NO"),
                                List.of(2, 3),
                                null,
                                null,
                                70,
                                true,
                                false),
                        true,
                        List.of(),
                        "Forskningsrådet og LUP",
                        List.of(EXTERNAL_ADVICE, PERSONNEL)));

        publish(
                forskningActor,
                forskning,
                content(
                        "Hovedprosjekt for førkommersiell anskaffelse",
                        "Tilskudd til å gjennomføre en førkommersiell anskaffelse: konkurranse, utvikling i faser"
                                + " og utprøving av prototyper hos den offentlige kunden. Eksempelbeløp: prosjekter på"
                                + " 5–100 millioner kroner, inntil 50 prosent av kostnadene.",
                        InstrumentKind.GRANT,
                        Audience.BUYER,
                        new Eligibility(
                                PUBLIC,
                                List.of(),
                                List.of(),
                                List.of("NO"),
                                List.of(4, 5, 6),
                                5_000_000L,
                                100_000_000L,
                                50,
                                true,
                                false),
                        false,
                        List.of(today.plusMonths(4)),
                        "Forskningsrådet",
                        List.of(DEVELOPMENT, PILOTING, EXTERNAL_ADVICE)));

        publish(
                forskningActor,
                forskning,
                content(
                        "EU-utlysninger for PCP og PPI",
                        "Horisont Europa lyser ut midler til grupper av offentlige innkjøpere fra flere land som vil"
                                + " anskaffe innovasjon sammen, før løsningen finnes (PCP) eller når den er ny på"
                                + " markedet (PPI). Forskningsrådet er nasjonalt kontaktpunkt og hjelper med å finne"
                                + " partnere. Eksempelbeløp: felles anskaffelser fra 10 millioner kroner, inntil 90"
                                + " prosent for PCP.",
                        InstrumentKind.GRANT,
                        Audience.BUYER,
                        new Eligibility(
                                PUBLIC,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(2, 3, 4, 5),
                                10_000_000L,
                                null,
                                90,
                                true,
                                false),
                        false,
                        List.of(today.plusMonths(5)),
                        "Forskningsrådet, nasjonalt kontaktpunkt for Horisont Europa",
                        List.of(DEVELOPMENT, PILOTING, PERSONNEL)));

        publish(
                lupActor,
                lup,
                content(
                        "Prosessveiledning for innovative anskaffelser",
                        "Veiledere fra Leverandørutviklingsprogrammet hjelper offentlige virksomheter gjennom"
                                + " forankring, behovskartlegging, markedsdialog og valg av prosedyre, og setter dem i"
                                + " kontakt med andre som har løst lignende behov. Gratis for virksomheten.",
                        InstrumentKind.PROCESS_SUPPORT,
                        Audience.BUYER,
                        new Eligibility(
                                PUBLIC,
                                List.of(),
                                List.of(),
                                List.of("NO"),
                                List.of(1, 2, 3, 4),
                                null,
                                null,
                                null,
                                false,
                                false),
                        true,
                        List.of(),
                        "LUP, innovativeanskaffelser.no",
                        List.of(EXTERNAL_ADVICE, COMPETENCE)));

        publish(
                lupActor,
                lup,
                content(
                        "Nettverk for innovative anskaffelser i helse og omsorg",
                        "Et nettverk der kommuner deler erfaringer fra markedsdialoger og innovasjonspartnerskap i"
                                + " helse og omsorg, med fire samlinger i året og felles behovsbeskrivelser som kan"
                                + " spres til flere kommuner.",
                        InstrumentKind.NETWORK,
                        Audience.BUYER,
                        new Eligibility(
                                List.of(MUNICIPALITY, COUNTY),
                                List.of(),
                                List.of("33", "85"),
                                List.of("NO"),
                                List.of(),
                                null,
                                null,
                                null,
                                false,
                                false),
                        true,
                        List.of(),
                        "LUP",
                        List.of(COMPETENCE)));

        publish(
                enovaActor,
                enova,
                content(
                        "Pilotering av ny energi- og klimateknologi",
                        "Støtte til å prøve ny energi- og klimateknologi i reell drift for første gang, hos en"
                                + " virksomhet som vil ta den i bruk. Enova dekker en andel av merkostnadene"
                                + " sammenlignet med en vanlig løsning, og det må søkes før prosjektet starter."
                                + " Eksempelbeløp: inntil 50 prosent av merkostnadene.",
                        InstrumentKind.GRANT,
                        Audience.BOTH,
                        new Eligibility(
                                List.of(),
                                List.of(),
                                List.of("09", "31", "45", "71"),
                                List.of("NO"),
                                List.of(5, 6),
                                null,
                                null,
                                50,
                                false,
                                true),
                        true,
                        List.of(),
                        "Enova, svartjenesten",
                        List.of(PILOTING, EQUIPMENT, DEVELOPMENT)));

        publish(
                rffActor,
                rff,
                content(
                        "Kvalifiseringsprosjekt for bedrifter i Vestland",
                        "Regionale forskingsfond Vestland gir tilskudd til bedrifter med lite erfaring med forskning"
                                + " som vil kjøpe FoU-tjenester fra en forskningsorganisasjon for å utvikle en ny"
                                + " løsning. Eksempelbeløp: inntil 500 000 kroner, halvparten av kostnadene.",
                        InstrumentKind.GRANT,
                        Audience.SUPPLIER,
                        new Eligibility(
                                List.of(COMPANY),
                                SME,
                                List.of(),
                                List.of("NO0A2"),
                                List.of(),
                                null,
                                null,
                                50,
                                false,
                                false),
                        false,
                        List.of(today.plusMonths(3)),
                        "Vestland fylkeskommune, regionalt forskingsfond",
                        List.of(DEVELOPMENT, EXTERNAL_ADVICE)));

        // Applied for in Innomotor, through Innovasjon Norge's published risk-relief scheme for pilot customers.
        schemes.publishedSchemes(innovasjon).stream()
                .filter(scheme -> scheme.name().equals(SCHEME_NAME))
                .map(PublishedScheme::id)
                .findFirst()
                .ifPresent(scheme -> publish(
                        ingrid,
                        innovasjon,
                        new InstrumentContent(
                                IN_INNOMOTOR_NAME,
                                "For kommuner og fylkeskommuner som skal bli første kunde for en løsning som ennå ikke"
                                        + " er prøvd ut. Når markedsdialogen er i gang og toppledelsen har gitt"
                                        + " mandat, kan dere søke om å få dekket deler av kostnadene ved pilotering,"
                                        + " og om garanti for tap hvis løsningen ikke når kravene i kontrakten."
                                        + " Eksempelbeløp: avlastning for anskaffelser på 1–50 millioner kroner.",
                                InstrumentKind.GUARANTEE,
                                Audience.BUYER,
                                new Eligibility(
                                        List.of(MUNICIPALITY, COUNTY),
                                        List.of(),
                                        List.of(),
                                        List.of("NO"),
                                        List.of(3, 4, 5),
                                        1_000_000L,
                                        50_000_000L,
                                        null,
                                        true,
                                        false),
                                true,
                                List.of(),
                                ApplyRoute.IN_INNOMOTOR,
                                null,
                                scheme.toString(),
                                "Innovasjon Norge, team for innovative anskaffelser",
                                List.of(PILOTING, RISK_OF_LOSS),
                                true)));

        // Ingrid's draft, waiting for her to publish it.
        instruments.create(
                innovasjon,
                content(
                        DRAFT_NAME,
                        "Innovasjonskontrakt for bedrifter som utvikler løsninger som kutter utslipp hos en"
                                + " pilotkunde i offentlig sektor. Eksempelbeløp: inntil 50 prosent av"
                                + " utviklingskostnadene.",
                        InstrumentKind.GRANT,
                        Audience.SUPPLIER,
                        new Eligibility(
                                List.of(COMPANY),
                                SME,
                                List.of(),
                                List.of("NO"),
                                List.of(),
                                1_000_000L,
                                30_000_000L,
                                50,
                                false,
                                true),
                        true,
                        List.of(),
                        "Innovasjon Norge",
                        List.of(DEVELOPMENT, PILOTING)),
                ingrid);
    }

    private OrganisationId actor(String number, String name, String nuts) {
        OrgNumber orgNumber = new OrgNumber(number);
        OrganisationId id = organisations
                .findByOrgNumber(orgNumber)
                .map(o -> o.id())
                .orElseGet(() -> organisations
                        .register(
                                new RegisterOrganisation(
                                        orgNumber, name, OrganisationType.INSTRUMENT_ACTOR, nuts, "Virkemiddelapparat"),
                                null)
                        .id());
        organisations.find(id).filter(o -> !o.approved()).ifPresent(o -> organisations.approve(id, null));
        return id;
    }

    private void publish(CurrentUser by, OrganisationId owner, InstrumentContent content) {
        InstrumentId id = instruments.create(owner, content, by);
        instruments.publish(id, queries.view(id, by).version(), by);
    }

    private static InstrumentContent content(
            String name,
            String summary,
            InstrumentKind kind,
            Audience audience,
            Eligibility eligibility,
            boolean rolling,
            List<LocalDate> deadlines,
            String contact,
            List<CostCategory> costs) {
        return new InstrumentContent(
                name,
                summary,
                kind,
                audience,
                eligibility,
                rolling,
                deadlines,
                ApplyRoute.LINK,
                site(contact),
                null,
                contact,
                costs,
                true);
    }

    /** The actor's own site, where the application is made. */
    private static String site(String contact) {
        if (contact.startsWith("Innovasjon Norge")) {
            return "https://www.innovasjonnorge.no";
        }
        if (contact.startsWith("Enova")) {
            return "https://www.enova.no";
        }
        if (contact.startsWith("LUP")) {
            return "https://innovativeanskaffelser.no";
        }
        if (contact.startsWith("Vestland")) {
            return "https://www.vestlandfylke.no";
        }
        return "https://www.forskningsradet.no";
    }
}
