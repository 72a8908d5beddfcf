package no.innomotor.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.shared.DemoDataContributor;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for the embedded default: organisations of every kind, a person for every role, and projects in
 * different steps. Loaded once, when the demo administrator does not exist yet; never in production.
 */
@Component
@ConditionalOnProperty(name = "innomotor.demo.enabled", havingValue = "true")
@Order(0)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The organisation numbers {@link #load()} registers; a generated dataset leaves them free. */
    static final Set<String> ORG_NUMBERS = Set.of(
            "998877660",
            "935478715",
            "942110464",
            "821311632",
            "971032081",
            "986252932",
            "923456783",
            "934567897",
            "987654325",
            "986399445",
            "970141669",
            "922334455");

    private final OrganisationsManagement organisations;
    private final List<DemoDataContributor> contributors;
    private final TransactionTemplate transaction;

    DemoData(
            OrganisationsManagement organisations,
            List<DemoDataContributor> contributors,
            TransactionTemplate transaction) {
        this.organisations = organisations;
        this.contributors = contributors;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.findPersonByEmail(DemoAccounts.ADMIN.email()).isPresent()) {
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info(
                "Demo data loaded: {} organisations, {} accounts (password '{}')",
                organisations.all().size(),
                DemoAccounts.ALL.size(),
                DemoAccounts.PASSWORD);
    }

    private void load() {
        Map<String, OrganisationId> orgs = new LinkedHashMap<>();
        orgs.put("operator", org("998877660", "Innomotor drift", OrganisationType.OTHER, "NO081", "Plattformdrift"));
        orgs.put(
                "baerum",
                org("935478715", "Bærum kommune", OrganisationType.MUNICIPALITY, "NO084", "Kommunal forvaltning"));
        orgs.put(
                "trondheim",
                org("942110464", "Trondheim kommune", OrganisationType.MUNICIPALITY, "NO060", "Kommunal forvaltning"));
        orgs.put(
                "vestland",
                org(
                        "821311632",
                        "Vestland fylkeskommune",
                        OrganisationType.COUNTY,
                        "NO0A2",
                        "Fylkeskommunal forvaltning"));
        orgs.put(
                "vegvesen", org("971032081", "Statens vegvesen", OrganisationType.STATE_AGENCY, "NO081", "Samferdsel"));
        orgs.put(
                "dfo",
                org(
                        "986252932",
                        "Direktoratet for forvaltning og økonomistyring",
                        OrganisationType.STATE_AGENCY,
                        "NO081",
                        "Forvaltning"));
        orgs.put("sensorlab", org("923456783", "Sensorlab AS", OrganisationType.COMPANY, "NO060", "Sensorteknologi"));
        orgs.put("nordlys", org("934567897", "Nordlys Data AS", OrganisationType.COMPANY, "NO072", "Programvare"));
        orgs.put("helsetek", org("987654325", "Helsetek AS", OrganisationType.COMPANY, "NO0A1", "Helseteknologi"));
        orgs.put(
                "innovasjon",
                org("986399445", "Innovasjon Norge", OrganisationType.INSTRUMENT_ACTOR, "NO081", "Virkemiddelapparat"));
        orgs.put(
                "forskningsradet",
                org(
                        "970141669",
                        "Norges forskningsråd",
                        OrganisationType.INSTRUMENT_ACTOR,
                        "NO081",
                        "Virkemiddelapparat"));
        orgs.values()
                .forEach(id -> organisations
                        .find(id)
                        .filter(o -> !o.approved())
                        .ifPresent(o -> organisations.approve(id, null)));

        // A municipality that registered and waits for an administrator, so the demo administrator has work waiting.
        OrganisationId fjordvik =
                org("922334455", "Fjordvik kommune", OrganisationType.MUNICIPALITY, "NO0A1", "Kommunal forvaltning");
        PersonSummary registrant =
                organisations.createPerson("marte.registrerer@fjordvik.kommune.no", "Marte Registrerer", null, null);
        organisations.grantRole(registrant.id(), fjordvik, Role.BUYER, registrant.id());

        Map<String, PersonId> people = new LinkedHashMap<>();
        person(people, DemoAccounts.ADMIN, orgs.get("operator"), Role.ADMIN);

        // Trondheim's new chief executive holds the signing role only once someone else approves it (Trondheim has no
        // top leader yet, so an administrator): the demo administrator finds a role approval waiting.
        PersonSummary chief = organisations.createPerson(
                "hilde.kommunedirektor@trondheim.kommune.no", "Hilde Kommunedirektør", null, null);
        organisations.grantRole(chief.id(), orgs.get("trondheim"), Role.BUYER, null);
        organisations.grantRoleAwaitingApproval(chief.id(), orgs.get("trondheim"), Role.TOP_LEADER, null);
        person(people, DemoAccounts.BUYER, orgs.get("baerum"), Role.BUYER);
        person(people, DemoAccounts.LEADER, orgs.get("baerum"), Role.TOP_LEADER);
        person(people, DemoAccounts.BUYER_OTHER, orgs.get("trondheim"), Role.BUYER);
        person(people, DemoAccounts.SUPPLIER, orgs.get("sensorlab"), Role.SUPPLIER);
        person(people, DemoAccounts.ADVISER, orgs.get("dfo"), Role.ADVISER);
        person(people, DemoAccounts.INSTRUMENT, orgs.get("innovasjon"), Role.INSTRUMENT_ACTOR);
        person(people, DemoAccounts.JURY, orgs.get("dfo"), Role.JURY);
        person(people, DemoAccounts.MENTOR, orgs.get("dfo"), Role.MENTOR);
        contributors.forEach(contributor -> contributor.contribute(orgs, people));
    }

    private OrganisationId org(String number, String name, OrganisationType type, String nuts, String sector) {
        OrganisationSummary org =
                organisations.register(new RegisterOrganisation(new OrgNumber(number), name, type, nuts, sector), null);
        return org.id();
    }

    private void person(Map<String, PersonId> people, DemoAccounts.Account account, OrganisationId org, Role role) {
        PersonSummary person = organisations.createPerson(account.email(), account.name(), DemoAccounts.PASSWORD, null);
        organisations.grantRole(person.id(), org, role, null);
        people.put(account.email(), person.id());
    }
}
