package no.innomotor.shared;

/** The platform's own address ({@code innomotor.base-url}), to which links in mails and exported files are added. */
public final class BaseUrl {

    private BaseUrl() {}

    /** The address without a trailing slash, so a path ("/login") can be appended as it is. */
    public static String trimmed(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
