package no.innomotor.build;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The build's check that every test class really ran (not itself a test): after Surefire, {@code mvn verify} lists
 * every class under {@code target/test-classes} that holds tests — a method, declared or inherited, annotated
 * directly or through a composed annotation with JUnit Platform's {@link Testable} ({@code @Test},
 * {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory}, {@code @TestTemplate}, jqwik's
 * {@code @Property}, ArchUnit's {@code @ArchTest}) — and fails the build, naming them, when one has no Surefire
 * report ({@code target/surefire-reports/TEST-<class>.xml}) written by this build.
 * <p>
 * A {@link Nested @Nested} class runs inside its enclosing class and is reported there: it must appear in that
 * report. Any other class with tests needs a report of its own, so a static nested class with tests (Surefire does
 * not pick those up) or a class its naming keeps out of Surefire's includes is caught. Abstract classes are
 * skipped (their tests run in their subclasses). A class whose every test carries a tag of the deliberately
 * excluded groups ({@code innomotor.excluded.groups}, comma separated) may be absent.
 * <p>
 * Arguments: {@code mark <marker file>} (before the tests: only reports newer than the marker count, so an old
 * report of a class that no longer runs does not), or {@code check <test classes> <reports> <marker file>
 * excluded-groups=<tags>}. Runs in Maven's own JVM ({@code exec:java}), so it throws rather than exits.
 */
public final class EveryTestClassRan {

    /** A class with tests and where its results must be found. */
    record Expected(String testClass, String report, boolean nested) {}

    private EveryTestClassRan() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("mark")) {
            Path marker = Path.of(args[1]);
            Files.createDirectories(marker.toAbsolutePath().getParent());
            Files.writeString(marker, "Surefire reports older than this file are from an earlier build.\n");
            return;
        }
        if (args.length < 4 || !args[0].equals("check")) {
            throw new IllegalArgumentException("usage: mark <marker> | check <test classes> <reports> <marker> "
                    + "[<excluded tags, comma separated>]");
        }
        Path classes = Path.of(args[1]);
        Path reports = Path.of(args[2]);
        Path marker = Path.of(args[3]);
        Set<String> excluded = tags(args.length > 4 ? args[4].replaceFirst("^excluded-groups=", "") : "");
        @Nullable FileTime since = Files.exists(marker) ? Files.getLastModifiedTime(marker) : null;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();

        List<Expected> expected = expected(classes, loader, excluded);
        List<String> missing = missing(expected, reports, since);
        if (!missing.isEmpty()) {
            String message = missing.size() + " test class(es) hold tests that did not run (no Surefire report"
                    + (since == null ? "" : " from this build") + " in " + reports + "):\n  - "
                    + String.join("\n  - ", missing)
                    + "\nSurefire runs every top-level class under src/test/java; a nested class with tests needs "
                    + "@Nested. Excluded groups: " + (excluded.isEmpty() ? "none" : String.join(", ", excluded))
                    + ". See docs/development.md \"Tests\".";
            throw new IllegalStateException(message);
        }
        System.out.printf(
                "[INFO] Every test class ran: %d classes with tests, each in a Surefire report%s.%n",
                expected.size(),
                excluded.isEmpty() ? "" : " (classes only in groups " + String.join(", ", excluded) + " exempt)");
    }

    /** The tag names of a Surefire groups value ("a, b" or "a | b"). */
    static Set<String> tags(String groups) {
        return Arrays.stream(groups.split("[,|\\s]+"))
                .map(String::trim)
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Every class under the folder that holds tests not all excluded, with the report it must appear in. */
    static List<Expected> expected(Path classes, ClassLoader loader, Set<String> excluded) throws IOException {
        Map<String, Expected> found = new TreeMap<>();
        for (String name : classNames(classes)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                System.err.println("[WARNING] Could not read " + name + ": " + e);
                continue;
            }
            if (!candidate(type)) {
                continue;
            }
            List<Method> tests;
            try {
                tests = ReflectionSupport.findMethods(
                        type, m -> AnnotationSupport.isAnnotated(m, Testable.class), HierarchyTraversalMode.TOP_DOWN);
            } catch (LinkageError e) {
                System.err.println("[WARNING] Could not read the methods of " + name + ": " + e);
                continue;
            }
            if (tests.isEmpty()) {
                continue;
            }
            Set<String> classTags = classTags(type);
            boolean runs = tests.stream().anyMatch(test -> {
                Set<String> tags = new LinkedHashSet<>(classTags);
                tags.addAll(tagsOf(test));
                return tags.stream().noneMatch(excluded::contains);
            });
            if (runs) {
                Class<?> unit = unit(type);
                found.put(type.getName(), new Expected(type.getName(), unit.getName(), unit != type));
            }
        }
        return List.copyOf(found.values());
    }

    /** What is missing: a class whose report is absent or old, or a nested class its enclosing report lacks. */
    static List<String> missing(List<Expected> expected, Path reports, @Nullable FileTime since) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Expected e : expected) {
            Path report = reports.resolve("TEST-" + e.report() + ".xml");
            if (!Files.isRegularFile(report)) {
                missing.add(e.testClass() + (e.nested() ? " (@Nested in " + e.report() + ")" : "") + ": no report");
            } else if (since != null && Files.getLastModifiedTime(report).compareTo(since) < 0) {
                missing.add(e.testClass() + ": only a report from an earlier build");
            } else if (e.nested()
                    && !Files.readString(report, StandardCharsets.UTF_8)
                            .contains("classname=\"" + e.testClass() + "\"")) {
                missing.add(e.testClass() + " (@Nested): not in " + report.getFileName());
            }
        }
        return missing;
    }

    private static List<String> classNames(Path classes) throws IOException {
        if (!Files.isDirectory(classes)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString())
                    .filter(p -> !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
                    .sorted()
                    .toList();
        }
    }

    /** A class JUnit could instantiate to run its tests: not abstract, not an interface, not local or anonymous. */
    private static boolean candidate(Class<?> type) {
        return !type.isInterface()
                && !type.isAnnotation()
                && !type.isEnum()
                && !type.isAnonymousClass()
                && !type.isLocalClass()
                && !type.isSynthetic()
                && !Modifier.isAbstract(type.getModifiers());
    }

    /** The class whose report holds this class's results: itself, or for a @Nested class its enclosing class's. */
    private static Class<?> unit(Class<?> type) {
        Class<?> unit = type;
        while (unit.getEnclosingClass() != null
                && !Modifier.isStatic(unit.getModifiers())
                && AnnotationSupport.isAnnotated(unit, Nested.class)) {
            unit = unit.getEnclosingClass();
        }
        return unit;
    }

    /** The tags on a class, its superclasses and interfaces, and (for a @Nested class) its enclosing classes. */
    private static Set<String> classTags(Class<?> type) {
        Set<String> tags = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            tags.addAll(tagsOf(c));
            for (Class<?> i : c.getInterfaces()) {
                tags.addAll(classTags(i));
            }
        }
        if (type != unit(type)) {
            tags.addAll(classTags(type.getEnclosingClass()));
        }
        return tags;
    }

    private static Set<String> tagsOf(AnnotatedElement element) {
        return AnnotationSupport.findRepeatableAnnotations(element, Tag.class).stream()
                .map(Tag::value)
                .map(String::trim)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
