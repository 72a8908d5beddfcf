package no.innomotor.audit.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class AuditLogPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    UserDetailsService people;

    @Test
    void adminSeesTheChangesTheyJustCausedWithNameAndOrganisation() throws Exception {
        UserDetails admin = signedIn("Aslak Admin", Role.ADMIN);
        OrganisationSummary org = organisation("Loggvik kommune", personOf(admin));

        mvc.perform(get("/admin/audit").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<caption id=\"audit-caption\" data-size=\"xs\">Hendelser 1–"),
                                containsString("Registrerte Loggvik kommune (Kommune)"),
                                containsString("Organisasjon registrert"),
                                not(containsString("OrganisationRegistered")),
                                containsString("Aslak Admin"),
                                containsString("<td>Loggvik kommune</td>"),
                                containsString(org.id().toString()))));
    }

    @Test
    void theActionFilterOffersTranslatedNamesAndNarrowsTheLogToOneAction() throws Exception {
        UserDetails admin = signedIn("Hanne Hendelse", Role.ADMIN);
        String marker = "Handling" + System.nanoTime();
        organisation(marker + " kommune", personOf(admin));

        mvc.perform(get("/admin/audit")
                        .param("text", marker)
                        .param("action", "organisation.approved")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<option value=\"organisation.approved\" selected>Organisasjon godkjent"),
                                containsString("Godkjente " + marker + " kommune"),
                                not(containsString("Registrerte " + marker)),
                                not(containsString(">OrganisationApproved<")))));
    }

    @Test
    void buyersAndSuppliersAreRefused() throws Exception {
        mvc.perform(get("/admin/audit").with(user(signedIn("Berit Innkjøper", Role.BUYER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(signedIn("Sindre Leverandør", Role.SUPPLIER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminRoleInAnOrganisationNotYetApprovedDoesNotOpenTheLog() throws Exception {
        OrganisationSummary pending = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()),
                        "Ventestad kommune",
                        OrganisationType.MUNICIPALITY,
                        null,
                        null),
                null);
        PersonSummary person =
                organisations.createPerson(TestData.email("pending-admin"), "Vera Venter", "passord-123456", null);
        organisations.grantRole(person.id(), pending.id(), Role.ADMIN, null);

        mvc.perform(get("/admin/audit").with(user(people.loadUserByUsername(person.email()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/admin/audit").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLogIsInTheAdminsNavigationAndNotInABuyers() throws Exception {
        mvc.perform(get("/").with(user(signedIn("Nora Navigatør", Role.ADMIN))))
                .andExpect(content().string(containsString("<a href=\"/admin/audit\">Revisjonslogg</a>")));
        mvc.perform(get("/").with(user(signedIn("Nils Navigatør", Role.BUYER))))
                .andExpect(content().string(not(containsString("/admin/audit"))));
    }

    @Test
    void filteringByOrganisationShowsOnlyThatOrganisationsEntries() throws Exception {
        UserDetails admin = signedIn("Frida Filter", Role.ADMIN);
        OrganisationSummary shown = organisation("Nordfilter kommune", null);
        organisation("Sørfilter kommune", null);

        mvc.perform(get("/admin/audit")
                        .param("organisation", shown.id().toString())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrerte Nordfilter kommune")))
                .andExpect(content().string(not(containsString("Registrerte Sørfilter kommune"))))
                .andExpect(content().string(containsString("Hendelser 1–2 av 2 (side 1 av 1)")));
    }

    @Test
    void filteringByTextAndObjectTypeNarrowsTheLog() throws Exception {
        UserDetails admin = signedIn("Tekla Tekst", Role.ADMIN);
        String marker = "Søkbar" + System.nanoTime();
        organisation(marker + " kommune", null);

        mvc.perform(get("/admin/audit").param("text", marker.toLowerCase()).with(user(admin)))
                .andExpect(content().string(containsString("Hendelser 1–2 av 2 (side 1 av 1)")))
                .andExpect(content().string(containsString("Registrerte " + marker + " kommune")))
                .andExpect(content().string(containsString("Godkjente " + marker + " kommune")));
        mvc.perform(get("/admin/audit")
                        .param("text", marker)
                        .param("objectType", "person")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen hendelser passer med filteret.")));
    }

    @Test
    void theKindOfObjectIsNamedInTheReadersLanguageInTheColumnAndTheFilter() throws Exception {
        UserDetails admin = signedIn("Oda Objekt", Role.ADMIN);
        String marker = "Objekttype" + System.nanoTime();
        organisation(marker + " kommune", null);

        mvc.perform(get("/admin/audit").param("text", marker).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<td>Organisasjon<br><code class=\"im-audit-code\">"),
                                containsString("<option value=\"organisation\">Organisasjon</option>"),
                                not(containsString("<td>organisation<br>")))));
        mvc.perform(get("/admin/audit")
                        .param("text", marker)
                        .param("lang", "nn")
                        .with(user(admin)))
                .andExpect(content().string(containsString("<td>Organisasjon<br>")));
        mvc.perform(get("/admin/audit")
                        .param("text", marker)
                        .param("objectType", "organisation")
                        .param("lang", "en")
                        .with(user(admin)))
                .andExpect(content()
                        .string(allOf(
                                containsString("<td>Organisation<br>"),
                                containsString("<option value=\"organisation\" selected>Organisation</option>"))));
    }

    @Test
    void datesAreReadInNorwegianAndIsoFormatAsWholeNorwegianDays() throws Exception {
        UserDetails admin = signedIn("Dagny Dato", Role.ADMIN);
        OrganisationSummary org = organisation("Datovik kommune", null);
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        String norwegianToday = today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        mvc.perform(get("/admin/audit")
                        .param("organisation", org.id().toString())
                        .param("from", norwegianToday)
                        .param("to", today.toString())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrerte Datovik kommune")))
                .andExpect(content().string(containsString("value=\"" + norwegianToday + "\"")));
        mvc.perform(get("/admin/audit")
                        .param("organisation", org.id().toString())
                        .param("from", today.plusDays(1).toString())
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen hendelser passer med filteret.")));
        mvc.perform(get("/admin/audit")
                        .param("organisation", org.id().toString())
                        .param("to", today.minusDays(1).toString())
                        .with(user(admin)))
                .andExpect(content().string(containsString("Ingen hendelser passer med filteret.")));
    }

    @Test
    void anImpossibleDateIsShownAsAnErrorNextToTheFieldWithStatus422() throws Exception {
        mvc.perform(get("/admin/audit")
                        .param("from", "31.02.2026")
                        .param("text", "beholdt")
                        .with(user(signedIn("Feilfrid Admin", Role.ADMIN))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Skjemaet har feil som må rettes"),
                                containsString(
                                        "<a class=\"ds-link\" href=\"#from\">Skriv fra og med-datoen som en gyldig"),
                                containsString(
                                        "id=\"from-error\">Skriv fra og med-datoen som en gyldig dato, for eksempel"),
                                containsString("aria-describedby=\"from-error from-hint\""),
                                containsString("value=\"31.02.2026\""),
                                containsString("value=\"beholdt\""),
                                not(containsString("<table")))));
    }

    @Test
    void aToDateBeforeTheFromDateAndAnUnknownOrganisationAreRefusedInTheUsersLanguage() throws Exception {
        UserDetails admin = signedIn("Turid Tilbake", Role.ADMIN);
        mvc.perform(get("/admin/audit")
                        .param("from", "2026-11-20")
                        .param("to", "19.11.2026")
                        .param("lang", "en")
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(containsString("id=\"to-error\">The to date cannot be before the from date.")));
        mvc.perform(get("/admin/audit")
                        .param("organisation", "00000000-0000-0000-0000-000000000000")
                        .param("lang", "nn")
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(containsString("id=\"organisation-error\">Vel ein organisasjon frå lista.")));
        mvc.perform(get("/admin/audit")
                        .param("organisation", "'; drop table audit_record; --")
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(containsString("id=\"organisation-error\">Velg en organisasjon fra listen.")));
    }

    @Test
    void aLongLogIsPagedAndThePageLinksKeepTheFilter() throws Exception {
        UserDetails admin = signedIn("Paula Pager", Role.ADMIN);
        OrganisationSummary org = organisation("Mangesider kommune", null);
        for (int i = 0; i < 7; i++) {
            PersonSummary person = organisations.createPerson(TestData.email("pager"), "Person " + i, null, null);
            for (Role role : Role.values()) {
                organisations.grantRole(person.id(), org.id(), role, null);
            }
        }
        String id = org.id().toString();
        int total = 2 + 7 * Role.values().length;

        mvc.perform(get("/admin/audit").param("organisation", id).with(user(admin)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Hendelser 1–50 av " + total + " (side 1 av 2)"),
                                containsString("href=\"/admin/audit?organisation=" + id + "&amp;page=2\" rel=\"next\""),
                                not(containsString("rel=\"prev\"")))));
        mvc.perform(get("/admin/audit")
                        .param("organisation", id)
                        .param("page", "2")
                        .with(user(admin)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Hendelser 51–" + total + " av " + total + " (side 2 av 2)"),
                                containsString("Side 2 av 2"),
                                containsString("href=\"/admin/audit?organisation=" + id + "&amp;page=1\" rel=\"prev\""),
                                not(containsString("rel=\"next\"")))));
        mvc.perform(get("/admin/audit")
                        .param("organisation", id)
                        .param("page", "nonsense")
                        .with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hendelser 1–50 av " + total + " (side 1 av 2)")));
    }

    private UserDetails signedIn(String name, Role role) {
        OrganisationSummary org = organisation(name + " sin organisasjon", null);
        PersonSummary person = organisations.createPerson(TestData.email("audit"), name, "passord-123456", null);
        organisations.grantRole(person.id(), org.id(), role, null);
        return people.loadUserByUsername(person.email());
    }

    private OrganisationSummary organisation(String name, @Nullable PersonId actor) {
        OrganisationSummary org = organisations.register(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()), name, OrganisationType.MUNICIPALITY, null, null),
                actor);
        organisations.approve(org.id(), actor);
        return org;
    }

    private static PersonId personOf(UserDetails principal) {
        return ((CurrentUser) principal).personId();
    }
}
