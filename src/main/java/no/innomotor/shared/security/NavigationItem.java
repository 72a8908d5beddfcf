package no.innomotor.shared.security;

import java.util.function.Predicate;

/**
 * An entry in the main navigation, contributed by the module that owns the page. {@code messageKey} names the label
 * in the message bundles; {@code visibleTo} decides from the signed-in person (null when anonymous).
 */
public record NavigationItem(int order, String path, String messageKey, Predicate<CurrentUser> visibleTo) {

    public static NavigationItem forRole(int order, String path, String messageKey, Role role) {
        return new NavigationItem(order, path, messageKey, user -> user != null && user.hasRoleAnywhere(role));
    }

    public static NavigationItem forSignedIn(int order, String path, String messageKey) {
        return new NavigationItem(order, path, messageKey, user -> user != null);
    }
}
