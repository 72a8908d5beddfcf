package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mapping an OpenID Connect sign-in to a person here, through Spring Security's own OidcUserService (an ID token
 * without a user-info endpoint, so no provider is contacted) and the real database.
 */
@InnomotorTest
class OidcMappingTests {

    @Autowired
    PersonRepository people;

    @Autowired
    PersonDetailsService details;

    @Autowired
    IdentityLinking linking;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    PersonAuthentication authentication;

    @Autowired
    MockMvc mvc;

    private PersonOidcUserService service() {
        return new PersonOidcUserService(
                new OidcUserService(), people, details, linking, new OidcProperties(List.of("entra-single-tenant")));
    }

    private static ClientRegistration registration(String id) {
        return ClientRegistration.withRegistrationId(id)
                .clientId("innomotor")
                .clientSecret("secret")
                .clientName("Test-ID")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "email")
                .authorizationUri("https://idp.invalid/authorize")
                .tokenUri("https://idp.invalid/token")
                .jwkSetUri("https://idp.invalid/jwks")
                .userNameAttributeName("sub")
                .build();
    }

    private static OidcUserRequest signIn(String registrationId, Map<String, Object> extraClaims) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "https://idp.invalid");
        claims.put("sub", "pairwise-subject-1");
        claims.put("aud", List.of("innomotor"));
        claims.putAll(extraClaims);
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plusSeconds(300), claims);
        OAuth2AccessToken access =
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300));
        return new OidcUserRequest(registration(registrationId), access, idToken);
    }

    private static String refusalCode(Runnable signIn) {
        try {
            signIn.run();
        } catch (OAuth2AuthenticationException e) {
            return e.getError().getErrorCode();
        }
        throw new AssertionError("The sign-in was not refused");
    }

    @Test
    void aVerifiedAddressMapsToThePersonWithTheirMemberships() {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Oidc kommune");
        OrganisationSummary pending = fixtures.pendingOrganisation(OrganisationType.COUNTY, "Ventende fylkeskommune");
        PersonSummary person = fixtures.person("Olga Oidc", org.id(), Role.BUYER);
        organisations.grantRole(person.id(), pending.id(), Role.TOP_LEADER, null);

        OidcUser user = service()
                .loadUser(signIn("idporten", Map.of("email", person.email().toUpperCase(), "email_verified", true)));

        assertThat(user).isInstanceOf(CurrentUser.class);
        CurrentUser current = (CurrentUser) user;
        assertThat(current.personId()).isEqualTo(person.id());
        assertThat(current.displayName()).isEqualTo("Olga Oidc");
        assertThat(current.hasRole(org.id(), Role.BUYER)).isTrue();
        assertThat(current.memberships()).hasSize(2);
        assertThat(current.hasRole(pending.id(), Role.TOP_LEADER)).isFalse();
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_BUYER");
        assertThat(user.getName()).isEqualTo(person.email());
        assertThat(user.getIdToken().getSubject()).isEqualTo("pairwise-subject-1");
        assertThat(current.memberships()).isEqualTo(fixtures.principal(person).memberships());
    }

    @Test
    void anAddressNoAccountHasIsRefused() {
        String code = refusalCode(() -> service()
                .loadUser(signIn("idporten", Map.of("email", TestData.email("ukjent"), "email_verified", true))));
        assertThat(code).isEqualTo(OidcLogin.NO_ACCOUNT);
    }

    @Test
    void anUnverifiedOrMissingAddressIsRefusedEvenWhenTheAccountExists() {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Uverifisert AS");
        PersonSummary person = fixtures.person("Ulf Uverifisert", org.id(), Role.SUPPLIER);
        assertThat(refusalCode(() ->
                        service().loadUser(signIn("entra", Map.of("email", person.email(), "email_verified", false)))))
                .isEqualTo(OidcLogin.EMAIL_NOT_VERIFIED);
        assertThat(refusalCode(() -> service().loadUser(signIn("entra", Map.of("email", person.email())))))
                .isEqualTo(OidcLogin.EMAIL_NOT_VERIFIED);
        // ID-porten's tokens carry a national identity number but no e-mail address at all.
        assertThat(refusalCode(() -> service().loadUser(signIn("idporten", Map.of("pid", "01017012345")))))
                .isEqualTo(OidcLogin.EMAIL_NOT_VERIFIED);
    }

    @Test
    void entraIdsDomainOwnerVerifiedClaimOrATrustedRegistrationCountsAsVerified() {
        OrganisationSummary org = fixtures.organisation(OrganisationType.STATE_AGENCY, "Entra-direktoratet");
        PersonSummary person = fixtures.person("Erik Entra", org.id(), Role.BUYER);
        assertThat(service().loadUser(signIn("entra", Map.of("email", person.email(), "xms_edov", true))))
                .isInstanceOf(CurrentUser.class);
        assertThat(service().loadUser(signIn("entra-single-tenant", Map.of("email", person.email()))))
                .isInstanceOf(CurrentUser.class);
        assertThat(refusalCode(() -> service().loadUser(signIn("entra-multi-tenant", Map.of("email", person.email())))))
                .isEqualTo(OidcLogin.EMAIL_NOT_VERIFIED);
    }

    @Test
    void anOidcSessionSeesARoleGrantedAfterSignInOnItsNextRequest() {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Oppfrisket AS");
        PersonSummary person = fixtures.person("Oda Oppfrisk", org.id(), Role.SUPPLIER);
        OidcUser user = service().loadUser(signIn("idporten", Map.of("email", person.email(), "email_verified", true)));
        OAuth2AuthenticationToken token = new OAuth2AuthenticationToken(user, user.getAuthorities(), "idporten");
        assertThat(authentication.refreshed(token)).isSameAs(token);

        OrganisationSummary other = fixtures.organisation(OrganisationType.COMPANY, "Nytt oppdrag AS");
        organisations.grantRole(person.id(), other.id(), Role.SUPPLIER, null);
        Authentication fresh = authentication.refreshed(token);
        assertThat(fresh).isInstanceOf(OAuth2AuthenticationToken.class).isNotSameAs(token);
        assertThat(((OAuth2AuthenticationToken) fresh).getAuthorizedClientRegistrationId())
                .isEqualTo("idporten");
        assertThat(((CurrentUser) fresh.getPrincipal()).hasRole(other.id(), Role.SUPPLIER))
                .isTrue();
        assertThat(((OidcUser) fresh.getPrincipal()).getIdToken().getTokenValue())
                .isEqualTo("id-token");
    }

    @Test
    void withoutAnyClientRegistrationTheLoginPageOffersNoProviderAndUnknownReasonsAreNotEchoed() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("/oauth2/authorization/"))));
        mvc.perform(get("/login").param("oidc", "<b>tull</b>"))
                .andExpect(content().string(not(containsString("tull"))));
        mvc.perform(get("/login").param("oidc", "no-account"))
                .andExpect(content().string(containsString("ingen konto i Innomotor har den e-postadressen")));
    }
}
