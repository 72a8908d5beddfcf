package no.innomotor.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.innomotor.organisations.DemoActors;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectSummary;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Bærum's funding, recorded by Kari Innkjøper through the module's own commands. The safety-sensor project has a
 * granted innovation project in the public sector from the Research Council (personnel, advice, development), an
 * application to Innovasjon Norge for the innovation partnership's development and pilot — which covers development in
 * the same months, the one overlap warning — and discretionary funds from the county governor for competence. The
 * fossil-free construction site has an application to Enova, an actor not on the platform.
 */
@Component
@Order(300) // after the projects' demo data (100), whose Bærum projects it funds
class FundingDemoData implements DemoDataContributor {

    static final String SENSORS = "Trygghetssensorer for eldre som bor hjemme";
    static final String SITE = "Fossilfri byggeplass for nye Bekkestua skole";

    private final FundingManagement funding;
    private final ProjectQueries projects;
    private final DemoActors actors;
    private final Clock clock;

    FundingDemoData(FundingManagement funding, ProjectQueries projects, DemoActors actors, Clock clock) {
        this.funding = funding;
        this.projects = projects;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void contribute(Map<String, OrganisationId> orgs, Map<String, PersonId> people) {
        OrganisationId baerum = orgs.get("baerum");
        OrganisationId innovasjon = orgs.get("innovasjon");
        OrganisationId forskningsradet = orgs.get("forskningsradet");
        if (baerum == null || innovasjon == null || forskningsradet == null) {
            return;
        }
        CurrentUser kari = actors.actor(people.get("kari.innkjoper@baerum.kommune.no"), baerum, Role.BUYER);
        CurrentUser rune = actors.actor(people.get("rune.radmann@baerum.kommune.no"), baerum, Role.TOP_LEADER);
        if (kari == null || rune == null) {
            return;
        }
        ProjectId sensors = project(rune, SENSORS);
        ProjectId site = project(rune, SITE);
        LocalDate start = NorwegianTime.today(clock).minusMonths(3).withDayOfMonth(1);
        if (sensors != null) {
            funding.record(
                    sensors,
                    new EntryDetails(
                            "Innovasjonsprosjekt i offentlig sektor",
                            null,
                            forskningsradet,
                            null,
                            FundingStatus.GRANTED,
                            Money.nok(2_400_000),
                            Money.nok(2_000_000),
                            start,
                            start.plusYears(2).minusDays(1),
                            Set.of(CostCategory.PERSONNEL, CostCategory.EXTERNAL_ADVICE, CostCategory.DEVELOPMENT),
                            50,
                            "Tilsagn om 2 millioner kroner til brukerinvolvering, utvikling av kravspesifikasjon og"
                                    + " følgeforskning sammen med OsloMet. Sluttrapport leveres innen tre måneder etter"
                                    + " prosjektslutt."),
                    kari);
            funding.record(
                    sensors,
                    new EntryDetails(
                            "Tilskudd til innovasjonspartnerskap",
                            null,
                            innovasjon,
                            null,
                            FundingStatus.APPLIED,
                            Money.nok(1_500_000),
                            null,
                            start.plusMonths(6),
                            start.plusMonths(24).minusDays(1),
                            Set.of(CostCategory.DEVELOPMENT, CostCategory.PILOTING),
                            null,
                            "Søknaden gjelder utviklingsfasen og piloten i to bofellesskap i Sandvika. Svar ventes i"
                                    + " løpet av neste kvartal."),
                    kari);
            funding.record(
                    sensors,
                    new EntryDetails(
                            "Skjønnsmidler til fornying og innovasjon",
                            null,
                            null,
                            "Statsforvalteren i Oslo og Viken",
                            FundingStatus.GRANTED,
                            Money.nok(350_000),
                            Money.nok(350_000),
                            start,
                            start.plusYears(1).minusDays(1),
                            Set.of(CostCategory.COMPETENCE),
                            null,
                            "Opplæring av hjemmetjenesten i bruk av sensorene og i personvern."),
                    kari);
        }
        if (site != null) {
            funding.record(
                    site,
                    new EntryDetails(
                            "Støtte til fossilfri anleggsplass",
                            null,
                            null,
                            "Enova",
                            FundingStatus.APPLIED,
                            Money.nok(3_000_000),
                            null,
                            start.plusMonths(9),
                            start.plusMonths(33).minusDays(1),
                            Set.of(CostCategory.EQUIPMENT),
                            40,
                            "Merkostnaden for elektriske anleggsmaskiner og midlertidig ladeinfrastruktur."),
                    kari);
        }
    }

    /** Read from the database, not the search index: the projects were made in this same transaction. */
    private @Nullable ProjectId project(CurrentUser leader, String title) {
        return projects.leaderOverview(leader).projects().stream()
                .filter(p -> p.title().equals(title))
                .map(ProjectSummary::id)
                .findFirst()
                .orElse(null);
    }
}
