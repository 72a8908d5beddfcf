package no.innomotor.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches language on ?lang=nb|nn|en and ignores any language the platform has no bundle for. */
public class SupportedLanguagesOnly extends LocaleChangeInterceptor {

    public static final Set<String> SUPPORTED = Set.of("nb", "nn", "en");

    SupportedLanguagesOnly() {
        setParamName("lang");
        setIgnoreInvalidLocale(true);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String lang = request.getParameter(getParamName());
        if (lang != null && !SUPPORTED.contains(lang)) {
            return true;
        }
        return super.preHandle(request, response, handler);
    }
}
