package no.innomotor.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the API as a whole: its name and how a caller signs in. The personal access
 * tokens belong to the platform, not to one module, so the scheme is declared here once; each module's API names it
 * with {@code @SecurityRequirement(name = "bearerToken")} on the operations that need a signed-in caller, and leaves
 * it off public ones (the opportunities).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Innomotor API",
                        version = "1",
                        description =
                                "Innovative public procurement: projects, opportunities. Errors are problem+json in the "
                                        + "caller's language (?lang=nb|nn|en); ids are plain strings."))
@SecurityScheme(
        name = "bearerToken",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal access token created on the profile page (read, or read and write); a signed-in "
                + "browser session works too, with the page's X-CSRF-TOKEN header on writes")
class ApiDocumentation {}
