package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static no.innomotor.notices.NoticeFixtures.withFreshId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administrators' upload page: who may use it, and what it reports for each file. */
@InnomotorTest
class NoticeImportPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NoticesManagement notices;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    UserDetailsService users;

    private UserDetails admin() {
        return WebUsers.person(organisations, users, OrganisationType.OTHER, Role.ADMIN);
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, MediaType.APPLICATION_XML_VALUE, utf8(content));
    }

    @Test
    void anAdministratorUploadsSeveralFilesAndSeesEachResult() throws Exception {
        String good = withFreshId(sdkExample("cn_24_minimal.xml"));
        String invalid = withFreshId(sdkExample("pin-only_24.xml"))
                .replace("<cbc:IssueDate>", "<cbc:Colour>blue</cbc:Colour><cbc:IssueDate>");
        long before = notices.count();

        MvcResult posted = mvc.perform(multipart("/admin/notices/import")
                        .file(file("good.xml", good))
                        .file(file("folder/invalid.xml", invalid))
                        .file(file("junk.xml", "\u0000\u0001 not xml"))
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/notices/import"))
                .andReturn();

        assertThat(notices.count()).isEqualTo(before + 1);
        String page = mvc.perform(
                        get("/admin/notices/import").with(user(admin())).flashAttrs(posted.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Importert: 1. Hoppet over: 0. Avvist: 2.",
                        "<th scope=\"row\">good.xml</th>",
                        "<th scope=\"row\">invalid.xml</th>",
                        "<th scope=\"row\">junk.xml</th>",
                        "Kunngjøringen er ikke gyldig etter XSD-en i eForms SDK.",
                        "<code>/PriorInformationNotice/cbc:Colour</code>",
                        "Filen er ikke velformet XML.",
                        "Vis muligheten");
        assertThat(page).doesNotContain("Exception", "at no.innomotor");
    }

    @Test
    void eachFileIsCheckedAgainstItsOwnSdkVersionAndAnUnknownVersionIsExplainedInTheReadersLanguage() throws Exception {
        String sdk17 = withFreshId(SdkVersionTests.text(SdkVersionTests.examples("1.7").stream()
                .filter(example -> example.getFilename().equals("cn_24_minimal.xml"))
                .findFirst()
                .orElseThrow()));
        String sdk99 = withFreshId(sdkExample("cn_24_minimal.xml"))
                .replace("<cbc:CustomizationID>eforms-sdk-1.13<", "<cbc:CustomizationID>eforms-sdk-9.9<");
        String without = withFreshId(sdkExample("cn_24_minimal.xml"))
                .replaceFirst("<cbc:CustomizationID>[^<]*</cbc:CustomizationID>", "");
        UserDetails admin = admin();

        MvcResult posted = mvc.perform(multipart("/admin/notices/import")
                        .file(file("sdk17.xml", sdk17))
                        .file(file("sdk99.xml", sdk99))
                        .file(file("without.xml", without))
                        .with(user(admin))
                        .with(csrf()))
                .andReturn();

        for (var language : java.util.Map.of(
                        "nb",
                        List.of(
                                "Importert: 1. Hoppet over: 0. Avvist: 2.",
                                "Kunngjøringen følger en versjon av eForms SDK som Innomotor ikke kan kontrollere.",
                                "Kunngjøringen oppgir ikke hvilken versjon av eForms SDK den følger"),
                        "nn",
                        List.of(
                                "Kunngjeringa følgjer ein versjon av eForms SDK som Innomotor ikkje kan kontrollere.",
                                "Kunngjeringa oppgir ikkje kva versjon av eForms SDK ho følgjer"),
                        "en",
                        List.of(
                                "The notice follows an eForms SDK version that Innomotor cannot check.",
                                "The notice does not say which eForms SDK version it follows"))
                .entrySet()) {
            String page = mvc.perform(get("/admin/notices/import")
                            .param("lang", language.getKey())
                            .with(user(admin))
                            .flashAttrs(posted.getFlashMap()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(language.getKey()).contains(language.getValue());
            assertThat(page).contains("<code>/ContractNotice/cbc:CustomizationID</code>", "eforms-sdk-9.9");
        }
    }

    @Test
    void uploadingTheSameFileAgainSkipsIt() throws Exception {
        String good = withFreshId(sdkExample("can_24_minimal.xml"));
        UserDetails admin = admin();
        mvc.perform(multipart("/admin/notices/import")
                .file(file("a.xml", good))
                .with(user(admin))
                .with(csrf()));

        MvcResult again = mvc.perform(multipart("/admin/notices/import")
                        .file(file("a.xml", good))
                        .with(user(admin))
                        .with(csrf()))
                .andReturn();

        mvc.perform(get("/admin/notices/import").with(user(admin)).flashAttrs(again.getFlashMap()))
                .andExpect(content().string(containsString("Denne versjonen er allerede importert.")));
    }

    @Test
    void sendingNoFileShowsAnErrorAtTheField() throws Exception {
        mvc.perform(multipart("/admin/notices/import")
                        .file(new MockMultipartFile("files", "", MediaType.APPLICATION_OCTET_STREAM_VALUE, new byte[0]))
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"files-error\">Velg minst én fil.</div>")))
                .andExpect(content().string(containsString("href=\"#files\"")));
    }

    @Test
    void anAdministratorSeesTheUploadForm() throws Exception {
        mvc.perform(get("/admin/notices/import").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("<label class=\"ds-label\" for=\"files\">")));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/notices/import").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void peopleWithoutTheAdministratorRoleMayNotImport() throws Exception {
        long before = notices.count();
        for (Role role : new Role[] {Role.BUYER, Role.SUPPLIER, Role.ADVISER}) {
            UserDetails person = WebUsers.person(organisations, users, OrganisationType.COMPANY, role);
            mvc.perform(get("/admin/notices/import").with(user(person))).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/notices/import")
                            .file(file("good.xml", withFreshId(sdkExample("cn_24_minimal.xml"))))
                            .with(user(person))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(notices.count()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        long before = notices.count();
        mvc.perform(multipart("/admin/notices/import")
                        .file(file("good.xml", withFreshId(sdkExample("cn_24_minimal.xml"))))
                        .with(user(admin())))
                .andExpect(status().isForbidden());
        assertThat(notices.count()).isEqualTo(before);
    }

    @Test
    void theListOffersTheImportPageToAdministratorsOnly() throws Exception {
        mvc.perform(get("/opportunities").with(user(admin())))
                .andExpect(content().string(containsString("href=\"/admin/notices/import\"")));
        mvc.perform(get("/opportunities"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/notices/import"))));
    }
}
