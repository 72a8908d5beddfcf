package no.innomotor.projects;

import java.util.List;

/**
 * What generated projects are about: themes Norwegian public buyers run innovative procurements in, each with the
 * CPV branches it buys from and texts written for the dataset (titles, the need, the mandate's goal and benefits).
 * A generated project takes one theme and combines its sentences, so projects read differently from each other.
 */
final class ProjectThemes {

    record Theme(
            String key,
            List<String> cpvRoots,
            List<String> titles,
            List<String> problems,
            List<String> goals,
            List<String> benefits) {}

    static final List<Theme> THEMES = List.of(
            new Theme(
                    "welfare",
                    List.of("33100000", "85300000", "48000000"),
                    List.of(
                            "Digitalt tilsyn i hjemmetjenesten",
                            "Trygghetsteknologi for eldre som bor hjemme",
                            "Sensorbasert fallvarsling på sykehjem",
                            "Medisineringsstøtte for hjemmeboende",
                            "Velferdsteknologi for personer med demens",
                            "Digital hjemmeoppfølging av kronisk syke"),
                    List.of(
                            "Flere eldre vil bo hjemme lenger, og hjemmetjenesten rekker ikke å være til stede hele døgnet.",
                            "Fall og uro om natten oppdages for sent, og nattevaktene bruker mye tid på tilsyn som ikke trengs.",
                            "Feil i medisineringen er en av de vanligste årsakene til innleggelser blant eldre i kommunen.",
                            "Pårørende og ansatte mangler en felles oversikt over hvordan brukerne har det mellom besøkene."),
                    List.of(
                            "Flere innbyggere kan bo trygt hjemme lenger med riktig hjelp til riktig tid.",
                            "Tjenestene bruker tiden der den trengs mest, og brukerne får mer forutsigbar hjelp.",
                            "Færre akutte innleggelser og en tryggere hverdag for brukere og pårørende."),
                    List.of(
                            "%d prosent færre fallskader med innleggelse innen tre år, målt mot i dag.",
                            "%d prosent færre unødvendige tilsynsbesøk om natten.",
                            "%d prosent mer tid til direkte brukerkontakt i hjemmetjenesten.")),
            new Theme(
                    "winter",
                    List.of("90600000", "45233000", "34100000"),
                    List.of(
                            "Fossilfri vinterdrift av kommunale veier",
                            "Prediktiv strøing med sensorer langs vegen",
                            "Smartere brøyting av gang- og sykkelveier",
                            "Varsling av glatt føre for skolevegene",
                            "Utslippsfri snørydding i sentrum"),
                    List.of(
                            "Vinterdriften styres av faste ruter og meldinger fra innbyggerne, og tiltakene kommer ofte for sent.",
                            "Vi bruker mer salt enn nødvendig, og avrenningen skader vassdrag og vegetasjon.",
                            "Maskinparken i vinterdriften går på diesel og står for en stor del av de direkte utslippene våre."),
                    List.of(
                            "Tryggere veier om vinteren med mindre salt og lavere utslipp.",
                            "En vinterdrift som setter inn tiltak før føret blir farlig."),
                    List.of(
                            "%d prosent mindre salt per vintersesong.",
                            "%d prosent lavere utslipp fra vinterdriften innen fem år.",
                            "%d prosent færre fotgjengerulykker på glatt føre.")),
            new Theme(
                    "energy",
                    List.of("09300000", "45300000", "71300000", "38550000"),
                    List.of(
                            "Energiovervåking i kommunale bygg",
                            "Lokal energiproduksjon og lagring på skoler",
                            "Styring av varme og ventilasjon etter faktisk bruk",
                            "Solenergi og batterier i idrettshaller",
                            "Effektstyring i sykehjem og helsehus"),
                    List.of(
                            "Vi vet for lite om når og hvor energien brukes i byggene, og oppdager feil først når brukerne klager.",
                            "Strømkostnadene har økt kraftig, og byggene våre varmes og ventileres også når de står tomme.",
                            "Effekttoppene om vinteren gir høye nettleiekostnader og belaster nettet lokalt."),
                    List.of(
                            "Lavere energibruk og lavere kostnader i byggene vi eier.",
                            "Byggene brukes og driftes etter faktisk behov."),
                    List.of(
                            "%d prosent lavere energibruk i byggene som er med.",
                            "%d prosent lavere effekttopper i vintermånedene.",
                            "%d prosent av energien produsert lokalt innen fire år.")),
            new Theme(
                    "digital",
                    List.of("72000000", "48000000", "30200000"),
                    List.of(
                            "Digital innbyggerdialog med kunstig intelligens",
                            "Sammenhengende tjenester for nye innbyggere",
                            "Automatisert saksbehandling av byggesøknader",
                            "Felles dataplattform for tjenesteutvikling",
                            "Digital assistent for søknader om støtte"),
                    List.of(
                            "Innbyggerne må oppgi de samme opplysningene mange ganger og vet ikke hvor saken deres står.",
                            "Saksbehandlingstiden for byggesøknader er lang, og mye av tiden går med til å etterspørre opplysninger.",
                            "Dataene våre ligger i mange fagsystemer og kan ikke brukes på tvers når tjenestene skal forbedres."),
                    List.of(
                            "Enklere og raskere tjenester for innbyggere og næringsliv.",
                            "Saksbehandlerne bruker tiden på vurderinger, ikke på å lete etter opplysninger."),
                    List.of(
                            "%d prosent kortere saksbehandlingstid innen to år.",
                            "%d prosent færre henvendelser om status i saker.",
                            "%d prosent av søknadene komplette ved første innsending.")),
            new Theme(
                    "mobility",
                    List.of("60100000", "34144900", "79400000"),
                    List.of(
                            "Digital planlegging av skoleskyss",
                            "Bestillingstransport i distriktene",
                            "Utslippsfri tjenestebilpark",
                            "Samkjøring for pendlere i regionen",
                            "Ladeinfrastruktur for kommunale kjøretøy"),
                    List.of(
                            "Skoleskyssen planlegges for hånd ut fra elevlister som endres gjennom hele året.",
                            "Bussene går halvtomme på mange ruter, mens innbyggere uten bil mangler et tilbud.",
                            "Tjenestebilene våre går på fossilt drivstoff, og det finnes ikke ladepunkter der de står om natten."),
                    List.of(
                            "Kortere reisetid og bedre utnyttelse av transporten vi betaler for.",
                            "Et transporttilbud som når flere innbyggere med lavere utslipp."),
                    List.of(
                            "%d prosent lavere skysskostnad per elev.",
                            "%d prosent lavere utslipp fra transporten innen tre år.",
                            "%d prosent flere reiser med kollektive løsninger i distriktene.")),
            new Theme(
                    "food",
                    List.of("15000000", "55500000", "90500000"),
                    List.of(
                            "Mindre matsvinn i kommunale kjøkken",
                            "Sunne og klimavennlige skolemåltider",
                            "Lokal mat i sykehjemmene",
                            "Ombruk og sirkulære løsninger for inventar",
                            "Smart avfallshåndtering i sentrum"),
                    List.of(
                            "Store mengder mat kastes i kantiner og institusjonskjøkken hver uke.",
                            "Beboerne på sykehjemmene spiser for lite, og mange er underernærte.",
                            "Avfallsbeholderne tømmes etter faste ruter, enten de er fulle eller ikke."),
                    List.of(
                            "Mindre svinn, bedre ernæring og lavere klimaavtrykk fra måltidene vi serverer.",
                            "En sirkulær drift der ressursene brukes flere ganger."),
                    List.of(
                            "%d prosent mindre matsvinn innen to år.",
                            "%d prosent færre tømmeturer for avfallsbeholderne.",
                            "%d prosent av råvarene fra lokale produsenter.")),
            new Theme(
                    "school",
                    List.of("80000000", "39160000", "30200000", "48000000"),
                    List.of(
                            "Tilpasset opplæring med digitale læremidler",
                            "Fleksible læringsarealer i nye skoler",
                            "Digital læringsplattform for voksenopplæringen",
                            "Bedre inneklima i klasserommene",
                            "Oppfølging av elever som står i fare for å falle fra"),
                    List.of(
                            "Elevene har svært ulike behov, og lærerne mangler verktøy for å følge opp hver enkelt.",
                            "Mange klasserom har dårlig luft og støy som går ut over læringen.",
                            "For mange elever slutter i videregående opplæring uten å fullføre."),
                    List.of(
                            "Bedre læringsutbytte og flere som fullfører opplæringen.",
                            "Skoler som legger til rette for læring for alle elever."),
                    List.of(
                            "%d prosent flere elever som fullfører på normert tid.",
                            "%d prosent færre klasserom over grenseverdien for CO2.",
                            "%d prosent høyere trivsel i elevundersøkelsen.")),
            new Theme(
                    "water",
                    List.of("65100000", "45232400", "90400000"),
                    List.of(
                            "Lekkasjesøk i vannledningsnettet",
                            "Overvåking av overvann og flomfare",
                            "Digital tvilling av vann- og avløpsnettet",
                            "Naturbaserte løsninger for overvann",
                            "Energigjenvinning fra avløpsvann"),
                    List.of(
                            "En tredjedel av drikkevannet forsvinner i lekkasjer før det når innbyggerne.",
                            "Kraftigere nedbør gir oftere oversvømte kjellere og overløp fra avløpsnettet.",
                            "Vi kjenner ikke tilstanden til store deler av ledningsnettet og fornyer for sent."),
                    List.of(
                            "Et trygt og robust vann- og avløpsnett som tåler et våtere klima.",
                            "Mindre lekkasje og riktigere fornyelse av nettet."),
                    List.of(
                            "%d prosent lavere lekkasjeandel innen fem år.",
                            "%d prosent færre overløpshendelser.",
                            "%d prosent lavere fornyelseskostnad per meter ledning.")),
            new Theme(
                    "construction",
                    List.of("45200000", "71200000", "45300000"),
                    List.of(
                            "Fossilfri byggeplass for ny barneskole",
                            "Ombruk av byggematerialer i kommunale prosjekter",
                            "Klimavennlig rehabilitering av svømmehall",
                            "Industrielt bygde omsorgsboliger",
                            "Massivtre i nytt helsehus"),
                    List.of(
                            "Byggeplassene våre står for en stor del av de direkte utslippene, også i vintermånedene.",
                            "Vi river bygg med materialer som kunne vært brukt igjen, og kjøper nytt til høy pris.",
                            "Byggeprosjektene tar lang tid og blir dyrere enn planlagt."),
                    List.of(
                            "Bygge med lavere utslipp og lavere kostnader over byggets levetid.",
                            "Erfaringer som kan brukes i alle byggeprosjektene våre."),
                    List.of(
                            "Minst %d prosent lavere klimagassutslipp enn et referansebygg.",
                            "%d prosent av materialene ombrukt.", "%d prosent kortere byggetid.")),
            new Theme(
                    "health",
                    List.of("33100000", "85100000", "72000000"),
                    List.of(
                            "Raskere diagnostikk i akuttmottaket",
                            "Digital oppfølging etter utskrivning",
                            "Smart logistikk for medisinsk utstyr",
                            "Beslutningsstøtte for legevakten",
                            "Hjemmesykehus for barn"),
                    List.of(
                            "Pasientene venter for lenge i akuttmottaket før de får en avklaring.",
                            "Mange pasienter legges inn igjen kort tid etter utskrivning.",
                            "Personalet bruker mye tid på å lete etter utstyr som finnes et annet sted i bygget."),
                    List.of(
                            "Bedre pasientforløp og mer tid til pasientene.",
                            "Riktig behandling raskere, nærmere der pasientene bor."),
                    List.of(
                            "%d prosent kortere ventetid i akuttmottaket.",
                            "%d prosent færre reinnleggelser innen 30 dager.",
                            "%d prosent mindre tid brukt på å lete etter utstyr.")),
            new Theme(
                    "environment",
                    List.of("90700000", "38000000", "72000000"),
                    List.of(
                            "Overvåking av luftkvalitet i sentrum",
                            "Kartlegging av naturmangfold med droner",
                            "Sporing av marin forsøpling langs kysten",
                            "Støykartlegging langs hovedveiene",
                            "Digital overvåking av ras- og flomfare"),
                    List.of(
                            "Vi har for få målestasjoner til å vite hvor og når luftkvaliteten er dårlig.",
                            "Kunnskapen om naturen i kommunen er mangelfull når arealplanene skal lages.",
                            "Plast og søppel samles langs kysten, og ryddingen skjer uten oversikt over hvor det trengs mest."),
                    List.of(
                            "Bedre kunnskap om miljøet som grunnlag for beslutninger.",
                            "Tiltak som settes inn der de gjør mest nytte."),
                    List.of(
                            "%d prosent flere dager med god luftkvalitet.",
                            "%d prosent av arealet kartlagt innen to år.",
                            "%d prosent mer søppel fjernet per ryddetime.")));

    /** The need: what is wrong, what the buyer wants, and what the solution must respect. */
    static final List<String> WISHES = List.of(
            "Vi vil finne ut hva markedet kan tilby, og er åpne for løsninger som ikke finnes i dag.",
            "Vi beskriver behovet og effektene vi ønsker, og lar leverandørene foreslå hvordan det kan løses.",
            "Vi ønsker å utvikle løsningen sammen med leverandører og brukere, i faser med tydelige mål.",
            "Vi vil teste løsninger i liten skala før vi tar dem i bruk i hele organisasjonen.");

    static final List<String> REQUIREMENTS = List.of(
            "Løsningen må virke sammen med systemene vi har, og personvernet må ivaretas.",
            "Brukerne og de ansatte skal være med fra start, og løsningen må være enkel å ta i bruk.",
            "Løsningen må kunne tas i bruk av andre offentlige virksomheter etterpå.",
            "Klima- og miljøhensyn vektes tungt, og løsningen må tåle norske forhold hele året.",
            "Data skal eies av oss og kunne hentes ut i åpne formater.");

    /** Notes a team writes in a step, one list per step. */
    static final List<List<String>> NOTES = List.of(
            List.of(
                    "Problemet og målene er forankret i ledergruppen. Teamet har folk fra fag, innkjøp og IT.",
                    "Interessentanalysen er ferdig; brukerrådet og de tillitsvalgte er orientert."),
            List.of(
                    "Behovet er beskrevet som effekter, ikke som krav til løsning. Regnskapsdata for tre år er gjennomgått.",
                    "Suksesskriteriene er prioritert sammen med brukerne."),
            List.of(
                    "Dialogkonferanse holdt med leverandører fra hele landet. Referatet er delt med alle.",
                    "En-til-en-møter med seks leverandører; alle fikk de samme spørsmålene."),
            List.of(
                    "Prosedyren er valgt. Tildelingskriteriene er kvalitet, pris og miljø.",
                    "Konkurransegrunnlaget er sendt på høring i markedet før kunngjøring."),
            List.of(
                    "Kontrakten er signert. Oppstartsmøtet er holdt, og rollene er avklart.",
                    "Kontraktsoppfølgingen er lagt til fagavdelingen med støtte fra innkjøp."),
            List.of(
                    "Statusmøter hver måned. Første delleveranse er godkjent etter test.",
                    "Risikoanalysen er oppdatert etter pilotperioden."),
            List.of(
                    "Nullpunktet er målt, og gevinsteierne i linjen er utpekt.",
                    "Gevinstene måles hvert kvartal mot nullpunktet; avvikene er analysert."),
            List.of(
                    "Tre andre kommuner vil ta i bruk løsningen; en felles anskaffelse planlegges.",
                    "Erfaringene er delt i nettverket for innovative anskaffelser."));

    /** Why a project was stopped. */
    static final List<String> STOP_REASONS = List.of(
            "Behovet dekkes av en nasjonal løsning som ble lansert i år. Erfaringene er delt.",
            "Markedsdialogen viste at løsningene ikke er modne nok ennå. Vi tar behovet opp igjen om to år.",
            "Budsjettet ble omprioritert i økonomiplanen, og prosjektet er stanset.",
            "Prosjektet er slått sammen med en felles anskaffelse i regionen.");

    private ProjectThemes() {}
}
