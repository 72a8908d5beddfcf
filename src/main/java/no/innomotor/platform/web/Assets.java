package no.innomotor.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The static assets under {@code /css}, {@code /js} and {@code /vendor}, linked by content-hashed URLs
 * ({@code /css/app.css} becomes {@code /css/app-<md5 of the content>.css}; the resource chain in application.yaml
 * serves both, and rewrites the URLs inside CSS). Templates link an asset through {@link Ui#asset(String)}.
 * <p>
 * A hashed URL names one content for ever, so browsers may keep it a year without asking again ({@link #HASHED}).
 * The plain URL still answers, for pages rendered before a release, but is revalidated on every use
 * ({@link #PLAIN}). Spring Security's default {@code Cache-Control: no-store} is written only where a response
 * sets no caching header of its own, so it stays on every page and is replaced here for assets alone.
 */
@Component
class Assets {

    /** Where the assets live; the resource chain's content strategy covers the same paths. */
    static final String[] PATHS = {"/css/**", "/js/**", "/vendor/**"};

    static final String HASHED = "public, max-age=31536000, immutable";
    static final String PLAIN = "no-cache";

    private static final ContentVersionStrategy VERSIONS = new ContentVersionStrategy();

    // Lazily: the URL provider is made by the MVC configuration, which itself asks for the platform's configurers.
    private final ObjectProvider<ResourceUrlProvider> urls;

    Assets(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    /** The hashed URL of an asset, e.g. {@code /css/app.css}; the path itself when no asset has that path. */
    String url(String path) {
        ResourceUrlProvider provider = urls.getIfAvailable();
        @Nullable String hashed = provider == null ? null : provider.getForLookupPath(path);
        return hashed == null ? path : hashed;
    }

    /** Whether the path is the hashed URL of an asset's current content (a stale or made-up hash is not). */
    boolean isCurrentHashedUrl(String path) {
        String version = VERSIONS.extractVersion(path);
        if (version == null) {
            return false;
        }
        return path.equals(url(VERSIONS.removeVersion(path, version)));
    }

    /** Sets an asset's Cache-Control before the resource handler answers (see the class comment). */
    HandlerInterceptor caching() {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                response.setHeader(HttpHeaders.CACHE_CONTROL, isCurrentHashedUrl(path) ? HASHED : PLAIN);
                return true;
            }
        };
    }
}
