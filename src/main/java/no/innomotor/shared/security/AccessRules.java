package no.innomotor.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Each module states who may reach its pages and endpoints by contributing one of these. Anything no module names
 * is denied. Object-level checks (the role in the organisation that owns the object) happen in the module's service.
 */
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
