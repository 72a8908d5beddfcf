package no.innomotor.notices.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The eForms SDK's static Schematron rules ({@code schematrons/static/complete-validation.sch}), one phase per notice
 * subtype, compiled by SchXslt and run by Saxon-HE. Compiling a phase costs seconds and ~100 MB, so each phase is
 * compiled once per JVM and kept; validating with a compiled phase takes milliseconds.
 *
 * <p>The .sch files are copied out of the SDK jar into a temporary folder once, because the rule set is 212 files
 * that include each other by relative path.
 */
final class SdkSchematron {

    static final String SVRL = "http://purl.oclc.org/dsdl/svrl";

    /**
     * The SDK's asserts on {@code /*\/cbc:CustomizationID}: it must be exactly "eforms-sdk-M.m", where Doffin's
     * Norwegian identifier appends "#extended#urn:fdc:anskaffelser.no:…". Doffin's validator removes this rule from
     * the EU rule set, and DFØ's conversion for TED cuts the suffix.
     */
    static final Set<String> CUSTOMIZATION_ID_ASSERTS = Set.of("BR-OPT-00002-0052", "OPT-002-notice_WS");

    /** The EU's official languages as the SDK's rules list them; any other language code fails its language asserts. */
    static final String EU_LANGUAGES = "('BUL', 'CES', 'DAN', 'DEU', 'ELL', 'ENG', 'EST', 'FIN', 'FRA', 'GLE', 'HRV', "
            + "'HUN', 'ITA', 'LAV', 'LIT', 'MLT', 'NLD', 'POL', 'POR', 'RON', 'SLK', 'SLV', 'SPA', 'SWE')";

    private static final Logger log = LoggerFactory.getLogger(SdkSchematron.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Processor SAXON = new Processor(false);
    private static final Map<String, XsltExecutable> PHASES = new ConcurrentHashMap<>();
    private static volatile @Nullable Path rules;
    private static volatile @Nullable Set<String> euLanguageAsserts;

    private SdkSchematron() {}

    /** One failed assert or successful report from the SVRL output. */
    record Finding(String id, String role, String location, String text) {
        boolean isError() {
            return "ERROR".equalsIgnoreCase(role) || "FATAL".equalsIgnoreCase(role);
        }

        /**
         * True for the two kinds of SDK assert a Norwegian notice of Doffin's "eu" profile fails by design: the
         * CustomizationID pattern, and "this language code must be an official EU language" (Norwegian is not).
         * Doffin does not apply them to the notice as sent; it applies the SDK rules to the TED conversion, where
         * both are met (see {@link TedConversion}).
         */
        boolean isNorwegianProfileDeviation() {
            return CUSTOMIZATION_ID_ASSERTS.contains(id) || euLanguageAsserts().contains(id);
        }
    }

    /** The verdict of one phase on one notice. */
    record Verdict(List<Finding> findings) {
        List<Finding> errors() {
            return findings.stream().filter(Finding::isError).toList();
        }

        List<Finding> warnings() {
            return findings.stream().filter(f -> !f.isError()).toList();
        }

        /** Errors other than the Norwegian profile's deliberate deviations: these would make Doffin reject it. */
        List<Finding> errorsBeyondNorwegianProfile() {
            return errors().stream()
                    .filter(f -> !f.isNorwegianProfileDeviation())
                    .toList();
        }
    }

    /** The phase for a notice subtype, as {@code complete-validation.sch} names it ("eforms-4", "eforms-E1"). */
    static String phaseFor(String subtype) {
        return "eforms-" + subtype;
    }

    /** Compiles the phase now (if not yet compiled) and returns how long that took, in milliseconds. */
    static long warmUp(String phase) {
        long start = System.nanoTime();
        executable(phase);
        return (System.nanoTime() - start) / 1_000_000;
    }

    static Verdict validate(byte[] notice, String phase) {
        try {
            XdmNode document =
                    SAXON.newDocumentBuilder().build(new StreamSource(new ByteArrayInputStream(notice), "notice.xml"));
            Xslt30Transformer validator = executable(phase).load30();
            validator.setGlobalContextItem(document);
            XdmDestination svrl = new XdmDestination();
            validator.applyTemplates(document, svrl);
            return new Verdict(findings(svrl.getXdmNode()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("Schematron validation failed to run", e);
        }
    }

    private static List<Finding> findings(XdmNode svrl) throws SaxonApiException {
        XPathCompiler xpath = SAXON.newXPathCompiler();
        xpath.declareNamespace("svrl", SVRL);
        List<Finding> findings = new ArrayList<>();
        for (XdmItem item : xpath.evaluate("//svrl:failed-assert | //svrl:successful-report", svrl)) {
            XdmNode node = (XdmNode) item;
            findings.add(new Finding(
                    Objects.toString(node.getAttributeValue(new QName("id")), ""),
                    Objects.toString(node.getAttributeValue(new QName("role")), "ERROR"),
                    Objects.toString(node.getAttributeValue(new QName("location")), ""),
                    node.getStringValue().trim()));
        }
        return findings;
    }

    /** Ids of every assert whose test is "the value is one of the EU's official languages". */
    static Set<String> euLanguageAsserts() {
        Set<String> ids = euLanguageAsserts;
        if (ids == null) {
            Pattern assertion = Pattern.compile("<assert id=\"([^\"]+)\"[^>]*test=\"normalize-space\\(\\.\\) = "
                    + Pattern.quote(EU_LANGUAGES) + "\"");
            Set<String> found = new HashSet<>();
            try (Stream<Path> files = Files.list(rules())) {
                for (Path file : files.toList()) {
                    Matcher matcher = assertion.matcher(Files.readString(file));
                    while (matcher.find()) {
                        found.add(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ids = Set.copyOf(found);
            euLanguageAsserts = ids;
        }
        return ids;
    }

    private static XsltExecutable executable(String phase) {
        return PHASES.computeIfAbsent(phase, SdkSchematron::compile);
    }

    private static XsltExecutable compile(String phase) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            URL pipelineUrl = Objects.requireNonNull(
                    SdkSchematron.class.getResource("/xslt/2.0/pipeline-for-svrl.xsl"),
                    "SchXslt is not on the class path");
            XsltCompiler compiler = SAXON.newXsltCompiler();
            XsltExecutable pipeline;
            try (InputStream in = pipelineUrl.openStream()) {
                pipeline = compiler.compile(new StreamSource(in, pipelineUrl.toExternalForm()));
            }
            Xslt30Transformer toXslt = pipeline.load30();
            toXslt.setStylesheetParameters(Map.of(new QName("phase"), new XdmAtomicValue(phase)));
            XdmDestination validatorXslt = new XdmDestination();
            toXslt.transform(
                    new StreamSource(rules().resolve("complete-validation.sch").toFile()), validatorXslt);
            XsltExecutable validator =
                    compiler.compile(validatorXslt.getXdmNode().asSource());
            log.info(
                    "Compiled the SDK's Schematron phase {} in {} ms ({} ms CPU)",
                    phase,
                    (System.nanoTime() - wall) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            return validator;
        } catch (SaxonApiException e) {
            throw new IllegalStateException("The SDK's Schematron phase " + phase + " could not be compiled", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SDK's static rule folder, copied out of the jar once per JVM and deleted when the JVM exits. */
    private static Path rules() throws IOException {
        @Nullable Path folder = rules;
        if (folder == null) {
            synchronized (SdkSchematron.class) {
                folder = rules;
                if (folder == null) {
                    folder = Files.createTempDirectory("eforms-schematron-");
                    // Registered first, deleted last: the JVM deletes in reverse order of registration.
                    folder.toFile().deleteOnExit();
                    Resource[] files = new PathMatchingResourcePatternResolver()
                            .getResources("classpath*:eforms-sdk/schematrons/static/*.sch");
                    if (files.length == 0) {
                        throw new IOException("The eForms SDK's static Schematron rules are not on the class path");
                    }
                    for (Resource file : files) {
                        Path target = folder.resolve(Objects.requireNonNull(file.getFilename()));
                        try (InputStream in = file.getInputStream()) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                        target.toFile().deleteOnExit();
                    }
                    rules = folder;
                }
            }
        }
        return folder;
    }
}
