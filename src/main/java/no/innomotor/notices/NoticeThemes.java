package no.innomotor.notices;

import java.util.List;

/**
 * What generated opportunities announce: areas Norwegian buyers publish notices in, each with the CPV branches it
 * buys from, the nature of the contract, and titles and sentences written for the dataset, combined per notice.
 */
final class NoticeThemes {

    record Theme(String nature, List<String> cpvRoots, List<String> titles, List<String> sentences) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "services",
                    List.of("90600000", "45233000"),
                    List.of(
                            "Brøyting og strøing av kommunale veier",
                            "Vinterdrift av gang- og sykkelveier",
                            "Driftskontrakt for fylkesveier",
                            "Feiing og renhold av gater og plasser",
                            "Snørydding ved skoler og barnehager"),
                    List.of(
                            "Oppdraget omfatter brøyting, strøing, fresing og bortkjøring av snø.",
                            "Arbeidet skal være ferdig før kl. 07.00 på skoledager.",
                            "Oppdragsgiver vektlegger kort responstid og bruk av fossilfrie maskiner.",
                            "Kontrakten deles i roder, og det kan gis tilbud på én eller flere.")),
            new Theme(
                    "supplies",
                    List.of("33100000", "48000000"),
                    List.of(
                            "Velferdsteknologi for hjemmetjenesten",
                            "Digitalt tilsyn og trygghetsalarmer",
                            "Medisindispensere for hjemmeboende",
                            "Elektroniske dørlåser i hjemmetjenesten",
                            "Sensorer for fallvarsling"),
                    List.of(
                            "Løsningen skal varsle tjenesten tidlig når noe er galt, uten kamera.",
                            "Utstyret skal kobles til kommunens responssenter.",
                            "Leverandøren skal stå for opplæring av ansatte og support hele døgnet.",
                            "Personvernet skal være ivaretatt, og data skal lagres i Norge eller EØS.")),
            new Theme(
                    "services",
                    List.of("72000000", "48000000"),
                    List.of(
                            "Rammeavtale om konsulenttjenester innen IT",
                            "Sak- og arkivsystem som tjeneste",
                            "Plattform for digital innbyggerdialog",
                            "Drift og forvaltning av fagsystemer",
                            "Utvikling av selvbetjeningsløsninger"),
                    List.of(
                            "Oppdragsgiver ønsker en skybasert løsning med åpne grensesnitt.",
                            "Tilbyder må dokumentere erfaring med universell utforming.",
                            "Avtalen gjelder i to år med opsjon på forlengelse i ett pluss ett år.",
                            "Informasjonssikkerhet og personvern vektlegges ved tildeling.")),
            new Theme(
                    "works",
                    List.of("45200000", "45300000", "71200000"),
                    List.of(
                            "Totalentreprise for ny barneskole",
                            "Rehabilitering av svømmehall",
                            "Nytt helsehus med omsorgsboliger",
                            "Utskifting av tak og fasade på rådhuset",
                            "Energitiltak i kommunale bygg"),
                    List.of(
                            "Byggeplassen skal være fossilfri, og utslippene skal dokumenteres.",
                            "Oppdragsgiver vil bruke samspill i tidligfasen.",
                            "Ombruk av materialer vektlegges ved tildeling.",
                            "Entreprisen gjennomføres mens bygget er i bruk.")),
            new Theme(
                    "services",
                    List.of("90900000", "90500000"),
                    List.of(
                            "Renhold av kommunale bygg",
                            "Innsamling av husholdningsavfall",
                            "Tømming av slamavskillere",
                            "Vinduspuss og periodisk renhold",
                            "Mottak og behandling av matavfall"),
                    List.of(
                            "Kontrakten omfatter daglig renhold og periodisk rengjøring.",
                            "Kjøretøyene skal være utslippsfrie fra kontraktsstart.",
                            "Leverandøren skal ha lærlinger og følge lønns- og arbeidsvilkår i tråd med forskriften.",
                            "Miljøkrav vektes med minst 30 prosent.")),
            new Theme(
                    "services",
                    List.of("60100000", "60130000"),
                    List.of(
                            "Skoleskyss med buss og drosje",
                            "Tilrettelagt transport for funksjonshemmede",
                            "Bestillingstransport i distriktene",
                            "Pasienttransport til sykehus",
                            "Kjøp av busstjenester i regionen"),
                    List.of(
                            "Transporten skal utføres med nullutslippskjøretøy der det er mulig.",
                            "Sjåførene må ha kurs i førstehjelp og kommunikasjon med barn.",
                            "Oppdragsgiver legger opp til løpende ruteendringer gjennom skoleåret.",
                            "Kontrakten gjelder i fem år med opsjon på to år.")),
            new Theme(
                    "supplies",
                    List.of("15000000", "55500000"),
                    List.of(
                            "Levering av matvarer til sykehjem og barnehager",
                            "Kantinedrift i rådhuset",
                            "Skolemat i grunnskolen",
                            "Frukt og grønt til kommunale kjøkken",
                            "Middagslevering til hjemmeboende"),
                    List.of(
                            "Oppdragsgiver ønsker norske og sesongbaserte råvarer.",
                            "Leveransene skal redusere matsvinn og emballasje.",
                            "Varene leveres til om lag 40 leveringssteder.",
                            "Tilbyder må kunne levere spesialkost og allergivennlig mat.")),
            new Theme(
                    "supplies",
                    List.of("09300000", "38550000", "31600000"),
                    List.of(
                            "Solcelleanlegg på kommunale tak",
                            "Kjøp av strøm med opprinnelsesgarantier",
                            "Ladepunkter for kommunale kjøretøy",
                            "Energimålere og styringssystem for bygg",
                            "Batterilager for effektstyring"),
                    List.of(
                            "Anlegget skal kobles til byggenes driftskontrollsystem.",
                            "Oppdragsgiver vektlegger livssykluskostnad framfor innkjøpspris.",
                            "Leveransen omfatter prosjektering, montering og service i fem år.",
                            "Løsningen må tåle norske vinterforhold.")),
            new Theme(
                    "services",
                    List.of("80000000", "79600000"),
                    List.of(
                            "Norskopplæring for voksne innvandrere",
                            "Kurs i innovative anskaffelser",
                            "Lederutviklingsprogram for kommunale ledere",
                            "Kompetanseheving i helse og omsorg",
                            "Arbeidsrettede tiltak for unge"),
                    List.of(
                            "Opplæringen skal gis både digitalt og på stedet.",
                            "Deltakerne har svært ulik bakgrunn og behov.",
                            "Leverandøren skal rapportere på resultater hvert halvår.",
                            "Oppdraget omfatter planlegging, gjennomføring og evaluering.")),
            new Theme(
                    "works",
                    List.of("45232400", "65100000", "90400000"),
                    List.of(
                            "Fornyelse av vann- og avløpsledninger",
                            "Nytt høydebasseng",
                            "Overvannstiltak i sentrum",
                            "Lekkasjesøk i ledningsnettet",
                            "Oppgradering av renseanlegg"),
                    List.of(
                            "Arbeidet skal planlegges slik at vannforsyningen opprettholdes.",
                            "Oppdragsgiver vurderer grøftefrie metoder der det er mulig.",
                            "Entreprenøren må koordinere med andre graveprosjekter i området.",
                            "Naturbaserte løsninger vektlegges.")));

    /** Sentences that invite suppliers, by kind of notice. */
    static final List<String> COMPETITION = List.of(
            "Konkurransen gjennomføres som en åpen anbudskonkurranse.",
            "Tilbudene evalueres på kvalitet, pris og miljø.",
            "Spørsmål stilles gjennom konkurransegjennomføringsverktøyet innen fristen.");

    static final List<String> CONSULTATION = List.of(
            "Vi inviterer leverandører til markedsdialog før vi velger prosedyre. Dialogen forplikter ingen av partene.",
            "Vi ønsker korte skriftlige innspill og inviterer til en-til-en-møter.",
            "Dialogkonferansen holdes digitalt, og presentasjonene deles med alle.");
    static final List<String> PLANNING = List.of(
            "Dette er en veiledende kunngjøring om en planlagt anskaffelse.",
            "Konkurransen ventes kunngjort i løpet av de neste månedene.",
            "Interesserte leverandører kan melde sin interesse allerede nå.");
    static final List<String> RESULT = List.of(
            "Kontrakten er tildelt etter gjennomført konkurranse.",
            "Oppdragsgiver mottok flere tilbud, og kontrakten gikk til tilbudet med best forhold mellom pris og kvalitet.");

    private NoticeThemes() {}
}
