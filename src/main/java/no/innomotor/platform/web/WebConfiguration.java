package no.innomotor.platform.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Languages: bokmål by default, nynorsk and English on request (?lang=nn|en), remembered in a cookie. The static
 * assets' caching ({@link Assets}). Every rendered page varies by HX-Request ({@link HtmxVary}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private final Assets assets;

    WebConfiguration(Assets assets) {
        this.assets = assets;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("innomotor-lang");
        resolver.setDefaultLocale(BOKMAL);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * Forwarded headers only from the proxies in innomotor.trusted-proxies (INNOMOTOR_TRUSTED_PROXIES), before any
     * other filter reads the request's host, scheme or address.
     */
    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies(
            @Value("${innomotor.trusted-proxies:}") String trustedProxies) {
        FilterRegistrationBean<TrustedProxies> registration =
                new FilterRegistrationBean<>(new TrustedProxies(trustedProxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLanguagesOnly());
        registry.addInterceptor(assets.caching()).addPathPatterns(Assets.PATHS);
        registry.addInterceptor(new HtmxVary());
    }
}
