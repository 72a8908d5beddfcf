package no.innomotor.notices;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo opportunities: Norwegian notices written by us as data, in every county and across the areas suppliers look
 * for (IT, winter maintenance, welfare technology, cleaning, energy and buildings, transport, food). Dates are counted
 * from the day the demo data is loaded, so some calls close soon, most are open and one has closed. Each is marked as
 * demo; the buyers are demo organisations of the platform or invented ones with valid organisation numbers.
 */
@Component
@Order(50)
class NoticesDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(NoticesDemoData.class);

    /** The source the audit trail names for every demo opportunity. */
    static final String SOURCE = "Innomotor demodata";

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final LocalTime DEADLINE_TIME = LocalTime.of(12, 0);

    // Demo organisations of the platform (their real organisation numbers) and invented buyers (numbers that pass
    // the modulus-11 check but belong to no one we know of).
    static final Opportunity.Buyer BAERUM = buyer("Bærum kommune", "935478715");
    static final Opportunity.Buyer TRONDHEIM = buyer("Trondheim kommune", "942110464");
    static final Opportunity.Buyer VESTLAND = buyer("Vestland fylkeskommune", "821311632");
    static final Opportunity.Buyer VEGVESEN = buyer("Statens vegvesen", "971032081");
    static final Opportunity.Buyer DFO = buyer("Direktoratet for forvaltning og økonomistyring", "986252932");
    static final Opportunity.Buyer FJORDVIK = buyer("Fjordvik kommune", "922334455");
    static final Opportunity.Buyer NORDFJELL = buyer("Nordfjell kommune", "926018159");
    static final Opportunity.Buyer HAVBAKKEN = buyer("Havbakken kommune", "818609132");
    static final Opportunity.Buyer SORVIKA = buyer("Sørvika kommune", "899603087");
    static final Opportunity.Buyer LYNGVIK = buyer("Lyngvik kommune", "846281940");
    static final Opportunity.Buyer VIDNES = buyer("Vidnes kommune", "819935181");
    static final Opportunity.Buyer ELVESTAD = buyer("Elvestad kommune", "890937861");
    static final Opportunity.Buyer BJORKELY = buyer("Bjørkely kommune", "979754329");
    static final Opportunity.Buyer SKOGHEIM = buyer("Skogheim kommune", "991186255");
    static final Opportunity.Buyer ASVANG = buyer("Åsvang kommune", "876018950");
    static final Opportunity.Buyer GRANASEN = buyer("Granåsen kommune", "959797110");
    static final Opportunity.Buyer HELSE_MIDTFJORD = buyer("Helse Midtfjord HF", "950752912");
    static final Opportunity.Buyer FJORDKYSTEN_IKS = buyer("Fjordkysten interkommunale renovasjon IKS", "903423668");
    static final Opportunity.Buyer VELFERDSTEKNOLOGI = buyer("Statens senter for velferdsteknologi", "912768422");

    private final NoticeImporter importer;
    private final Clock clock;

    NoticesDemoData(NoticeImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> organisations, Map<String, PersonId> people) {
        LocalDate today = clock.instant().atZone(NORWAY).toLocalDate();
        long stored = 0;
        for (Demo demo : opportunities()) {
            stored += importer.importDemo(SOURCE, demo.toNotice(today)).stored() ? 1 : 0;
        }
        log.info("Demo data: {} Norwegian demo opportunities", stored);
    }

    /** The demo opportunities, in no particular order; the list shows them newest first. */
    static List<Demo> opportunities() {
        List<Demo> all = new ArrayList<>();

        // Winter maintenance and roads
        all.add(new Demo("fjordvik-vinterdrift", FJORDVIK)
                .competition("16", "open", "services")
                .places("NO0A1")
                .title("Brøyting og strøing av kommunale veier 2027–2031")
                .description("Fjordvik kommune skal inngå kontrakter om vinterdrift av om lag 140 km kommunal vei, "
                        + "gang- og sykkelveier og parkeringsplasser. Oppdraget omfatter brøyting, strøing, "
                        + "fresing og bortkjøring av snø. Kontraktene deles i tre roder, og det kan gis tilbud på én "
                        + "eller flere. Kommunen vektlegger kort responstid og bruk av fossilfrie maskiner.")
                .cpv("90620000", "90630000", "45233141")
                .published(12)
                .deadline(21)
                .value(18_000_000)
                .lot("Rode 1 – Sentrum og Vikane", 7_000_000)
                .lot("Rode 2 – Nordbygda", 6_000_000)
                .lot("Rode 3 – Sørsida og Hamneset", 5_000_000));
        all.add(new Demo("nordfjell-gang-sykkel", NORDFJELL)
                .competition("E3", "open", "services")
                .places("NO020")
                .title("Vinterdrift av gang- og sykkelveier i Nordfjell sentrum")
                .description("Kommunen trenger en entreprenør til brøyting, strøing og feiing av gang- og "
                        + "sykkelveier, fortau og skoleveier i sentrum. Arbeidet skal være ferdig før kl. 07.00 på "
                        + "skoledager. Kontrakten gjelder i to år med opsjon på ett pluss ett år.")
                .cpv("90620000", "90611000")
                .published(20)
                .deadline(4)
                .value(3_200_000));
        all.add(new Demo("vegvesen-helgeland", VEGVESEN)
                .competition("16", "open", "services")
                .places("NO071")
                .title("Driftskontrakt for riksveier på Helgeland 2027–2032")
                .description("Statens vegvesen søker entreprenør for drift og vedlikehold av riksveiene på "
                        + "Helgeland. Kontrakten omfatter vinterdrift, vedlikehold av vegutstyr, grøfterensk, "
                        + "oppfølging av tunneler og beredskap ved ras og flom. Kontraktsperioden er fem år.")
                .cpv("45233141", "90620000", "50230000")
                .published(6)
                .deadline(45)
                .value(310_000_000));
        all.add(new Demo("vegvesen-glatt-fore", VEGVESEN)
                .consultation()
                .places("NO060", "NO071")
                .title("Markedsdialog: sensorer som varsler glatt føre")
                .description("Vi vil vite hva markedet kan levere av sensorer og tjenester som varsler glatt føre "
                        + "før det oppstår, slik at strøing kan settes inn tidligere og med mindre salt. Vi inviterer "
                        + "leverandører til dialogmøte i Trondheim og ber om korte skriftlige innspill.")
                .cpv("38120000", "32441100", "90630000")
                .published(14)
                .deadline(2)
                .innovation());

        // Health and welfare technology
        all.add(new Demo("havbakken-digitalt-tilsyn", HAVBAKKEN)
                .consultation()
                .places("NO071")
                .title("Markedsdialog: digitalt tilsyn i hjemmetjenesten")
                .description("Havbakken kommune planlegger en innovativ anskaffelse av digitalt tilsyn for "
                        + "innbyggere som bor hjemme. Vi ønsker innspill på løsninger som varsler fall og uro om "
                        + "natten uten kamera, og som kan kobles til kommunens responssenter. Dialogkonferansen "
                        + "holdes digitalt.")
                .cpv("33195000", "85312400", "32441100")
                .published(5)
                .deadline(30)
                .innovation());
        all.add(new Demo("velferdsteknologi-hjemmeoppfolging", VELFERDSTEKNOLOGI)
                .consultation()
                .places("NO081")
                .title("Markedsdialog: nasjonal løsning for digital hjemmeoppfølging")
                .description("Senteret vil kartlegge løsninger for digital hjemmeoppfølging av personer med "
                        + "kroniske sykdommer, til bruk i kommuner og sykehus. Vi ber om innspill på målinger, "
                        + "varsling, integrasjon med journalsystemer og personvern. Innspillene brukes til å "
                        + "beskrive behovet før en mulig konkurranse.")
                .cpv("85100000", "33195000", "72212000")
                .published(9)
                .deadline(25)
                .innovation());
        all.add(new Demo("lyngvik-medisindispensere", LYNGVIK)
                .competition("16", "comp-dial", "supplies")
                .places("NO072")
                .title("Elektroniske medisindispensere med digitalt tilsyn")
                .description("Lyngvik kommune skal anskaffe elektroniske medisindispensere til hjemmeboende, med "
                        + "varsling til hjemmetjenesten når en dose ikke tas. Løsningen må fungere der mobildekningen "
                        + "er svak. Konkurransen gjennomføres som konkurransepreget dialog.")
                .cpv("33196200", "33195000", "85312400")
                .published(16)
                .deadline(33)
                .value(4_800_000)
                .innovativeAcquisition("prod-innov"));
        all.add(new Demo("helse-midtfjord-pasientvarsling", HELSE_MIDTFJORD)
                .competition("16", "neg-w-call", "supplies")
                .places("NO0A3")
                .title("Pasientvarslingssystem for nytt sykehus i Midtfjord")
                .description("Helseforetaket skal kjøpe pasientvarsling for det nye sykehuset: pasientsignal, "
                        + "mobile enheter for personalet og integrasjon med pasientjournal og adgangskontroll. "
                        + "Leveransen omfatter installasjon, opplæring og drift i seks år.")
                .cpv("33100000", "48810000", "45316000")
                .published(11)
                .deadline(38)
                .value(26_000_000));

        // IT and software
        all.add(new Demo("dfo-skytjenester", DFO)
                .competition("16", "restricted", "services")
                .places("NO081")
                .title("Statlig fellesavtale for skytjenester")
                .description("DFØ inviterer til å delta i konkurranse om en fellesavtale for skytjenester "
                        + "(infrastruktur og plattform som tjeneste) for statlige virksomheter. Avtalen gjelder i "
                        + "fire år. Leverandørene må dokumentere datalagring og drift i EØS.")
                .cpv("72000000", "72310000", "48000000")
                .published(8)
                .deadline(40)
                .value(600_000_000));
        all.add(new Demo("sorvika-sak-arkiv", SORVIKA)
                .competition("E3", "open", "services")
                .places("NO092")
                .title("Nytt sak- og arkivsystem for Sørvika kommune")
                .description("Kommunen skal erstatte dagens sak- og arkivsystem. Vi trenger et skybasert system med "
                        + "støtte for Noark 5, digital post til innbyggere, og integrasjoner mot fagsystemene i "
                        + "helse og oppvekst. Avtalen omfatter innføring, opplæring og vedlikehold.")
                .cpv("48219300", "72212000", "72267000")
                .published(3)
                .deadline(19)
                .value(4_500_000));
        all.add(new Demo("nordfjell-it-drift", NORDFJELL)
                .competition("E3", "open", "services")
                .places("NO020")
                .title("IT-drift og brukerstøtte for skolene i Nordfjell")
                .description("Nordfjell kommune søker leverandør av drift, brukerstøtte og utskifting av "
                        + "elev-PC-er og nettbrett i sju skoler. Leverandøren skal ha brukerstøtte på dagtid og "
                        + "ta tilbake utstyr for ombruk.")
                .cpv("72611000", "72000000")
                .published(10)
                .deadline(31)
                .value(2_900_000));
        all.add(new Demo("trondheim-inneklima", TRONDHEIM)
                .planning()
                .places("NO060")
                .title("Forhåndskunngjøring: sensorer for inneklima i skolebygg")
                .description("Trondheim kommune planlegger å måle inneklima (CO2, temperatur, fukt og støy) i alle "
                        + "klasserom og bruke målingene til å styre ventilasjonen. Vi vil høre fra leverandører av "
                        + "sensorer, dataplattform og analyse før vi velger prosedyre, og ønsker løsninger som "
                        + "ikke låser oss til én leverandør.")
                .cpv("38430000", "32441100", "72310000")
                .published(4)
                .deadline(35)
                .innovativeAcquisition("mar-nov"));

        // Cleaning
        all.add(new Demo("baerum-renhold", BAERUM)
                .competition("16", "open", "services")
                .places("NO084")
                .title("Renhold av kommunale formålsbygg")
                .description("Bærum kommune inviterer til konkurranse om daglig renhold, periodisk renhold og "
                        + "vindusvask i kommunale bygg. Oppdraget er delt i tre delkontrakter. Leverandøren må "
                        + "bruke svanemerkede produkter og følge kommunens krav om lønns- og arbeidsvilkår.")
                .cpv("90911200", "90911300", "90919200")
                .published(7)
                .deadline(14)
                .value(95_000_000)
                .lot("Skoler og barnehager", 52_000_000)
                .lot("Helse- og omsorgsbygg", 31_000_000)
                .lot("Administrasjonsbygg", 12_000_000));
        all.add(new Demo("skogheim-renhold-barnehager", SKOGHEIM)
                .competition("E3", "open", "services")
                .places("NO094")
                .title("Renhold og vindusvask i barnehagene")
                .description("Skogheim kommune skal inngå avtale om renhold og vindusvask i kommunens fem "
                        + "barnehager. Avtalen gjelder i tre år med mulighet for forlengelse.")
                .cpv("90911200", "90911300")
                .published(40)
                .deadline(-6)
                .value(2_400_000));

        // Energy and buildings
        all.add(new Demo("baerum-energilagring", BAERUM)
                .consultation()
                .places("NO084")
                .title("Markedsdialog: solceller og energilagring på nye Bekkestua skole")
                .description("Vi vil bygge skolen slik at den produserer mer energi enn den bruker gjennom året. "
                        + "Vi ønsker innspill om solceller på tak og fasade, batterier og styring av energibruken, "
                        + "og om hvordan løsningene kan prøves ut før full utbygging.")
                .cpv("09332000", "45261215", "71314000")
                .published(2)
                .deadline(9)
                .innovation());
        all.add(new Demo("bjorkely-energirehabilitering", BJORKELY)
                .competition("16", "open", "works")
                .places("NO093")
                .title("Energirehabilitering av Bjørkely rådhus")
                .description("Rådhuset fra 1974 skal etterisoleres, få nye vinduer og nytt ventilasjonsanlegg med "
                        + "varmegjenvinning. Målet er å halvere energibruken. Arbeidet skjer mens bygget er i bruk.")
                .cpv("45453100", "45331000", "71314300")
                .published(13)
                .deadline(26)
                .value(38_000_000)
                .lot("Bygningsarbeider", 24_000_000)
                .lot("Tekniske anlegg (VVS og energi)", 14_000_000));
        all.add(new Demo("granasen-flerbrukshall", GRANASEN)
                .competition("E3", "open", "services")
                .places("NO085")
                .title("Prosjektering av ny flerbrukshall med solenergi")
                .description("Granåsen kommune søker rådgivere til å prosjektere en flerbrukshall med solcelletak, "
                        + "massivtre og lavt energibehov, fra skisseprosjekt til ferdig bygg.")
                .cpv("71320000", "71000000", "09331200")
                .published(5)
                .deadline(22)
                .value(5_500_000));
        all.add(new Demo("elvestad-gatelys", ELVESTAD)
                .competition("E3", "open", "supplies")
                .places("NO083")
                .title("Utskifting til LED-gatelys med styring")
                .description("Elvestad kommune skal bytte 2 300 gatelys til LED med trådløs styring, slik at lyset "
                        + "kan dempes om natten. Leveransen omfatter armaturer, styringssystem og montering.")
                .cpv("34928500", "45316000", "31527200")
                .published(9)
                .deadline(12)
                .value(6_800_000));

        // Transport
        all.add(new Demo("vestland-utslippsfri-hurtigbat", VESTLAND)
                .planning()
                .places("NO0A2")
                .title("Forhåndskunngjøring: utslippsfri hurtigbåtrute i Sogn")
                .description("Vestland fylkeskommune planlegger å kjøpe en utslippsfri hurtigbåtrute fra 2029. Vi "
                        + "vil møte verft, rederier og teknologileverandører for å forstå hva som kan leveres, og "
                        + "hvordan lading i havnene kan løses.")
                .cpv("60600000", "34521000")
                .published(18)
                .deadline(60)
                .innovation());
        all.add(new Demo("vestland-skoleskyss", VESTLAND)
                .competition("16", "restricted", "services")
                .places("NO0A2")
                .title("Skoleskyss med drosje og minibuss")
                .description("Fylkeskommunen inviterer til å delta i konkurranse om skoleskyss for elever som ikke "
                        + "kan reise med rutebuss. Oppdraget er delt i tre områder. Kjøretøyene skal være "
                        + "nullutslipp fra 2028.")
                .cpv("60130000", "60140000")
                .published(24)
                .deadline(3)
                .value(140_000_000)
                .lot("Nordhordland", 55_000_000)
                .lot("Sunnhordland", 48_000_000)
                .lot("Voss og Hardanger", 37_000_000));
        all.add(new Demo("vidnes-bestillingstransport", VIDNES)
                .planning()
                .places("NO073")
                .title("Forhåndskunngjøring: elektriske minibusser for bestillingstransport")
                .description("Vidnes kommune planlegger bestillingstransport med elektriske minibusser mellom "
                        + "bygdene og sentrum. Vi ønsker kontakt med leverandører som har erfaring med lange "
                        + "avstander og kaldt klima.")
                .cpv("34144900", "60112000")
                .published(6)
                .deadline(50));
        all.add(new Demo("fjordkysten-renovasjonsbiler", FJORDKYSTEN_IKS)
                .planning()
                .places("NO0A1")
                .title("Forhåndskunngjøring: innsamling av husholdningsavfall med elektriske biler")
                .description("Selskapet planlegger en ny kontrakt for innsamling og transport av husholdningsavfall "
                        + "i fire kommuner, med elektriske renovasjonsbiler. Vi inviterer til dialogmøte om lading, "
                        + "rutevalg og overgang fra dagens kontrakt.")
                .cpv("90511000", "90512000", "34144900")
                .published(15)
                .deadline(40));

        // Food
        all.add(new Demo("trondheim-skolemat", TRONDHEIM)
                .competition("16", "open", "services")
                .places("NO060")
                .title("Skolemåltid i Trondheimsskolen")
                .description("Trondheim kommune skal tilby et sunt skolemåltid hver dag. Vi søker leverandører av "
                        + "ferdige måltider og råvarer til skolekjøkken, med vekt på lokal mat, lite matsvinn og "
                        + "korte transportavstander. Konkurransen er delt i tre bydeler.")
                .cpv("55523100", "15000000", "15300000")
                .published(1)
                .deadline(28)
                .value(52_000_000)
                .lot("Midtbyen", 18_000_000)
                .lot("Heimdal", 17_000_000)
                .lot("Lerkendal", 17_000_000));
        all.add(new Demo("asvang-matleveranser", ASVANG)
                .competition("E3", "open", "supplies")
                .places("NO0A3")
                .title("Matleveranser til sykehjem og kantiner")
                .description("Åsvang kommune skal inngå rammeavtale om levering av mat til to sykehjem og tre "
                        + "kantiner. Avtalen er delt i tørrvarer og ferskvarer.")
                .cpv("15000000", "15800000", "55321000")
                .published(8)
                .deadline(16)
                .value(7_400_000)
                .lot("Tørrvarer", 3_100_000)
                .lot("Ferskvarer, frukt og grønt", 4_300_000));
        return all;
    }

    private static Opportunity.Buyer buyer(String name, String orgNumber) {
        return new Opportunity.Buyer(name, orgNumber, new OrgNumber(orgNumber).value());
    }

    /** One demo opportunity, written the way a buyer would fill in the notice. */
    static final class Demo {

        final String key;
        final Opportunity.Buyer buyer;
        NoticeKind kind = NoticeKind.COMPETITION;
        String noticeType = "cn-standard";
        String formType = "competition";
        String subtype = "16";

        @Nullable
        String procedure;

        String nature = "services";
        List<NutsCode> places = List.of();
        String title = "";
        String description = "";
        List<CpvCode> cpv = List.of();
        int publishedDaysAgo;

        @Nullable
        Integer deadlineInDays;

        @Nullable
        Long value;

        boolean strategicInnovation;
        Set<String> innovativeAcquisition = Set.of();
        final Map<String, Long> lots = new LinkedHashMap<>();

        Demo(String key, Opportunity.Buyer buyer) {
            this.key = key;
            this.buyer = buyer;
        }

        Demo competition(String subtype, String procedure, String nature) {
            this.subtype = subtype;
            this.procedure = procedure;
            this.nature = nature;
            return this;
        }

        /** A pre-market consultation (E1): a dialogue, no procedure yet. */
        Demo consultation() {
            this.kind = NoticeKind.CONSULTATION;
            this.noticeType = "pmc";
            this.formType = "consultation";
            this.subtype = "E1";
            return this;
        }

        /** A prior information notice only (national E2). */
        Demo planning() {
            this.kind = NoticeKind.PLANNING;
            this.noticeType = "pin-only";
            this.formType = "planning";
            this.subtype = "E2";
            return this;
        }

        Demo places(String... nuts) {
            this.places = Arrays.stream(nuts).map(NutsCode::of).toList();
            return this;
        }

        Demo title(String title) {
            this.title = title;
            return this;
        }

        Demo description(String description) {
            this.description = description;
            return this;
        }

        Demo cpv(String... codes) {
            this.cpv = Arrays.stream(codes).map(CpvCode::of).toList();
            return this;
        }

        Demo published(int daysAgo) {
            this.publishedDaysAgo = daysAgo;
            return this;
        }

        /** Days from the demo date; negative for a deadline that has passed. */
        Demo deadline(int days) {
            this.deadlineInDays = days;
            return this;
        }

        Demo value(long kroner) {
            this.value = kroner;
            return this;
        }

        /** A strategic procurement of innovation (BT-06 inn-pur). */
        Demo innovation() {
            this.strategicInnovation = true;
            return this;
        }

        Demo innovativeAcquisition(String code) {
            this.innovativeAcquisition = Set.of(code);
            return this;
        }

        Demo lot(String lotTitle, long kroner) {
            lots.put(lotTitle, kroner);
            return this;
        }

        String noticeId() {
            return UUID.nameUUIDFromBytes(("innomotor-demo:" + key).getBytes(StandardCharsets.UTF_8))
                    .toString();
        }

        ExtractedNotice toNotice(LocalDate today) {
            LocalDate published = today.minusDays(publishedDaysAgo);
            Instant deadline = deadlineInDays == null
                    ? null
                    : today.plusDays(deadlineInDays)
                            .atTime(DEADLINE_TIME)
                            .atZone(NORWAY)
                            .toInstant();
            List<Opportunity.Lot> lotRecords = new ArrayList<>();
            int number = 1;
            for (Map.Entry<String, Long> lot : lots.entrySet()) {
                lotRecords.add(new Opportunity.Lot(
                        String.format("LOT-%04d", number++), lot.getKey(), "no", deadline, Money.nok(lot.getValue())));
            }
            return new ExtractedNotice(
                    noticeId(),
                    "01",
                    1,
                    null,
                    false,
                    true,
                    kind,
                    noticeType,
                    formType,
                    subtype,
                    published.atTime(9, 0).atZone(NORWAY).toInstant(),
                    published,
                    null,
                    List.of("NOR"),
                    Map.of("NOR", title),
                    Map.of("NOR", description),
                    List.of(buyer),
                    cpv,
                    places,
                    procedure,
                    nature,
                    lotRecords,
                    deadline,
                    value == null ? null : Money.nok(value),
                    strategicInnovation,
                    innovativeAcquisition,
                    List.of());
        }
    }
}
