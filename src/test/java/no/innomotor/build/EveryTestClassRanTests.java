package no.innomotor.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's check can fail: on a synthetic test-classes folder (fixture classes compiled here, never run) and a
 * reports folder with only some of their reports, it names exactly the classes whose tests did not run.
 */
class EveryTestClassRanTests {

    private static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("RanTests", "public class RanTests { @Test void runs() {} }"),
            Map.entry("NeverRanTests", "public class NeverRanTests { @Test void runs() {} }"),
            Map.entry(
                    "ParameterizedNeverRan",
                    "public class ParameterizedNeverRan { @ParameterizedTest @ValueSource(ints = {1, 2}) void runs(int"
                            + " i) {} }"),
            Map.entry("RepeatedNeverRan", "public class RepeatedNeverRan { @RepeatedTest(2) void runs() {} }"),
            Map.entry(
                    "FactoryNeverRan",
                    "public class FactoryNeverRan { @TestFactory java.util.stream.Stream<DynamicTest> tests() {"
                            + " return java.util.stream.Stream.empty(); } }"),
            Map.entry("AbstractBase", "public abstract class AbstractBase { @Test void inherited() {} }"),
            Map.entry("InheritsTests", "public class InheritsTests extends AbstractBase {}"),
            Map.entry("SlowTests", "@Tag(\"slow\") public class SlowTests { @Test void runs() {} }"),
            Map.entry(
                    "PartlySlowTests",
                    "public class PartlySlowTests { @Test @Tag(\"slow\") void slow() {} @Test void quick() {} }"),
            Map.entry(
                    "WithNestedTests", "public class WithNestedTests { @Nested class Inner { @Test void runs() {} } }"),
            Map.entry(
                    "NestedMissingTests",
                    "public class NestedMissingTests { @Test void outer() {} @Nested class Inner { @Test void runs()"
                            + " {} } }"),
            Map.entry("Holder", "public class Holder { public static class ForgottenNested { @Test void runs() {} } }"),
            Map.entry("NoTests", "public class NoTests { void helper() {} }"));

    @TempDir
    static Path work;

    static Path classes;
    static ClassLoader loader;

    @BeforeAll
    static void compileFixtures() throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/fixture"));
        classes = Files.createDirectories(work.resolve("test-classes"));
        List<String> arguments = new ArrayList<>(
                List.of("-d", classes.toString(), "-proc:none", "-nowarn", "-classpath", junitJars(), "-Xlint:none"));
        for (Map.Entry<String, String> fixture : FIXTURES.entrySet()) {
            Path source = sources.resolve(fixture.getKey() + ".java");
            Files.writeString(
                    source,
                    "package fixture;\nimport org.junit.jupiter.api.*;\nimport org.junit.jupiter.params.*;\n"
                            + "import org.junit.jupiter.params.provider.*;\n" + fixture.getValue() + "\n");
            arguments.add(source.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new)))
                .as("fixtures compile")
                .isZero();
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, EveryTestClassRanTests.class.getClassLoader());
    }

    private static String junitJars() {
        List<String> jars = new ArrayList<>();
        for (Class<?> type : List.of(
                org.junit.jupiter.api.Test.class,
                org.junit.jupiter.params.ParameterizedTest.class,
                org.junit.platform.commons.annotation.Testable.class,
                org.apiguardian.api.API.class)) {
            jars.add(Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .getPath())
                    .toString());
        }
        return String.join(File.pathSeparator, jars);
    }

    private static Path reports(String... classesWithReports) throws IOException {
        Path reports = Files.createTempDirectory(work, "reports");
        for (String name : classesWithReports) {
            Files.writeString(
                    reports.resolve("TEST-fixture." + name + ".xml"),
                    "<testsuite><testcase classname=\"fixture." + name + "\" name=\"runs\"/></testsuite>");
        }
        return reports;
    }

    private static List<String> missing(Path reports, Set<String> excluded) throws IOException {
        return EveryTestClassRan.missing(EveryTestClassRan.expected(classes, loader, excluded), reports, null);
    }

    @Test
    void namesEveryClassWithTestsThatHasNoReport() throws IOException {
        Path reports = reports("RanTests", "PartlySlowTests", "NestedMissingTests");
        Files.writeString(
                reports.resolve("TEST-fixture.WithNestedTests.xml"),
                "<testsuite><testcase classname=\"fixture.WithNestedTests$Inner\" name=\"runs\"/></testsuite>");

        assertThat(missing(reports, Set.of("slow")))
                .containsExactly(
                        "fixture.FactoryNeverRan: no report",
                        "fixture.Holder$ForgottenNested: no report",
                        "fixture.InheritsTests: no report",
                        "fixture.NestedMissingTests$Inner (@Nested): not in TEST-fixture.NestedMissingTests.xml",
                        "fixture.NeverRanTests: no report",
                        "fixture.ParameterizedNeverRan: no report",
                        "fixture.RepeatedNeverRan: no report");
    }

    @Test
    void aClassOnlyInExcludedGroupsMayBeAbsentButNotWhenTheGroupRuns() throws IOException {
        Path reports = reports(
                "RanTests",
                "NeverRanTests",
                "ParameterizedNeverRan",
                "RepeatedNeverRan",
                "FactoryNeverRan",
                "InheritsTests",
                "NestedMissingTests",
                "Holder$ForgottenNested");
        Files.writeString(
                reports.resolve("TEST-fixture.WithNestedTests.xml"),
                "<testsuite><testcase classname=\"fixture.WithNestedTests$Inner\"/></testsuite>");
        Files.writeString(
                reports.resolve("TEST-fixture.NestedMissingTests.xml"),
                "<testsuite><testcase classname=\"fixture.NestedMissingTests$Inner\"/></testsuite>");

        assertThat(missing(reports, Set.of("slow")))
                .as("SlowTests is only slow; PartlySlowTests has a quick test")
                .containsExactly("fixture.PartlySlowTests: no report");
        assertThat(missing(reports, Set.of()))
                .containsExactly("fixture.PartlySlowTests: no report", "fixture.SlowTests: no report");
    }

    @Test
    void aReportFromAnEarlierBuildDoesNotCount() throws IOException {
        Path reports = reports("RanTests");
        Path report = reports.resolve("TEST-fixture.RanTests.xml");
        Files.setLastModifiedTime(report, FileTime.from(Instant.now().minusSeconds(3600)));
        List<EveryTestClassRan.Expected> ran = EveryTestClassRan.expected(classes, loader, Set.of()).stream()
                .filter(e -> e.testClass().equals("fixture.RanTests"))
                .toList();

        assertThat(EveryTestClassRan.missing(
                        ran, reports, FileTime.from(Instant.now().minusSeconds(60))))
                .containsExactly("fixture.RanTests: only a report from an earlier build");
        assertThat(EveryTestClassRan.missing(ran, reports, null)).isEmpty();
    }

    @Test
    void theCheckFailsTheBuildNamingTheClasses() throws IOException {
        Path reports = reports();
        Path marker = work.resolve("no-marker");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            assertThatThrownBy(() -> EveryTestClassRan.main(new String[] {
                        "check", classes.toString(), reports.toString(), marker.toString(), "slow, other"
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("fixture.NeverRanTests: no report")
                    .hasMessageContaining("Excluded groups: other, slow");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void surefireGroupValuesAreReadAsTagNames() {
        assertThat(EveryTestClassRan.tags("shared-reference")).containsExactly("shared-reference");
        assertThat(EveryTestClassRan.tags(" a, b | c ")).containsExactly("a", "b", "c");
        assertThat(EveryTestClassRan.tags("")).isEmpty();
    }

    @Test
    void theRealTestClassesAreFoundNestedOnesWithTheirEnclosingClass() throws IOException {
        List<EveryTestClassRan.Expected> real = EveryTestClassRan.expected(
                Path.of("target", "test-classes"), getClass().getClassLoader(), Set.of());

        assertThat(real)
                .contains(
                        new EveryTestClassRan.Expected(
                                EveryTestClassRanTests.class.getName(), EveryTestClassRanTests.class.getName(), false),
                        new EveryTestClassRan.Expected(
                                "no.innomotor.platform.web.TrustedProxiesTests$ThroughTheApplication",
                                "no.innomotor.platform.web.TrustedProxiesTests",
                                true));
        assertThat(real)
                .extracting(EveryTestClassRan.Expected::testClass)
                .doesNotContain(EveryTestClassRan.class.getName(), "no.innomotor.browser.BrowserTest");
    }
}
