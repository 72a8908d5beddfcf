package no.innomotor.organisations;

import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in through a client registration without the {@code openid} scope. Plain OAuth 2.0 gives no ID token
 * and no verified identity to map to a person here; Spring Security picks this bean up for such registrations, so
 * nobody is ever signed in without being one of our people. The login page offers only OpenID Connect providers.
 */
@Component
class OpenIdConnectOnly implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    static final String OPENID_REQUIRED = "innomotor_openid_required";

    @Override
    public OAuth2User loadUser(OAuth2UserRequest request) {
        throw new OAuth2AuthenticationException(new OAuth2Error(OPENID_REQUIRED));
    }
}
