package no.innomotor.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Membership;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page template needs from the platform: translated text, the signed-in person, navigation, the CSRF
 * token, the CSP nonce, the hashed URLs of the static assets, and Norwegian formatting of dates, numbers and money.
 * Added to every model as {@code ui}.
 */
public final class Ui {

    /** Norwegian time for display; stored times are UTC. */
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter ENGLISH_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final MessageSource messages;
    private final Locale locale;
    private final @Nullable CurrentUser user;
    private final List<NavLink> navigation;
    private final @Nullable CsrfToken csrf;
    private final String nonce;
    private final String requestUri;
    private final @Nullable String query;
    private final boolean demoMode;
    private final @Nullable Supplier<Long> unreadCount;
    private final UnaryOperator<String> assets;
    private @Nullable Long unread;

    public record NavLink(String path, String label, boolean current) {}

    public record Crumb(String label, @Nullable String path) {}

    Ui(
            MessageSource messages,
            Locale locale,
            @Nullable CurrentUser user,
            List<NavLink> navigation,
            @Nullable CsrfToken csrf,
            String nonce,
            String requestUri,
            @Nullable String query,
            boolean demoMode,
            @Nullable Supplier<Long> unreadCount,
            UnaryOperator<String> assets) {
        this.unreadCount = unreadCount;
        this.assets = assets;
        this.messages = messages;
        this.locale = locale;
        this.user = user;
        this.navigation = navigation;
        this.csrf = csrf;
        this.nonce = nonce;
        this.requestUri = requestUri;
        this.query = query;
        this.demoMode = demoMode;
    }

    /** The text for a message key in the user's language. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The text for a validation or binding error, a field error from a rejected rule, or any resolvable. */
    public String t(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, locale);
    }

    /** A choice in a select list. */
    public record Option(String value, String label) {}

    /** The choices for an enum, labelled from the bundles with key {@code prefix.CONSTANT}. */
    public List<Option> options(String prefix, Enum<?>[] values) {
        return java.util.Arrays.stream(values)
                .map(v -> new Option(v.name(), e(prefix, v)))
                .toList();
    }

    /** The text for an enum constant: key {@code prefix.CONSTANT}. */
    public String e(String prefix, Enum<?> value) {
        return t(prefix + "." + value.name());
    }

    public Locale locale() {
        return locale;
    }

    /** The language code for the html lang attribute: nb, nn or en. */
    public String lang() {
        return locale.getLanguage();
    }

    public @Nullable CurrentUser user() {
        return user;
    }

    public boolean signedIn() {
        return user != null;
    }

    /**
     * How many of the signed-in person's inbox messages are unread; null when nobody is signed in or there is no
     * inbox. Counted once per page, and only when a template asks.
     */
    public @Nullable Long unread() {
        if (user == null || unreadCount == null) {
            return null;
        }
        if (unread == null) {
            unread = unreadCount.get();
        }
        return unread;
    }

    public @Nullable Membership membership() {
        return user == null ? null : user.primaryMembership().orElse(null);
    }

    public List<NavLink> navigation() {
        return navigation;
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    public String nonce() {
        return nonce;
    }

    /**
     * The URL to link a static asset by: {@code ui.asset("/css/app.css")} gives {@code /css/app-<content hash>.css},
     * which browsers may cache for a year. Every stylesheet, script and font link goes through here.
     */
    public String asset(String path) {
        return assets.apply(path);
    }

    public boolean demoMode() {
        return demoMode;
    }

    public String path() {
        return requestUri;
    }

    /** The current page in another language. */
    public String switchLanguage(String lang) {
        return UriComponentsBuilder.fromPath(requestUri)
                .query(query)
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "";
        }
        // Dates stay dd.MM.yyyy in every language: forms take them back in that form. A moment is only shown.
        return (lang().equals("en") ? ENGLISH_DATE_TIME : DATE_TIME).format(instant.atZone(NorwegianTime.ZONE));
    }

    /** A whole number in Norwegian format: 1 234 567. */
    public String number(@Nullable Number value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(NORWEGIAN).format(value);
    }

    /** An amount in Norwegian kroner: 1 234 567 kr. */
    public String money(@Nullable Number nok) {
        return nok == null ? "" : number(nok) + "\u00a0kr";
    }

    /** An amount in kroner as {@link #money(Number)}; in another currency the number and the currency's code. */
    public String money(@Nullable Money money) {
        if (money == null) {
            return "";
        }
        return money.isNok()
                ? money(money.amount())
                : number(money.amount()) + " " + money.currency().getCurrencyCode();
    }
}
