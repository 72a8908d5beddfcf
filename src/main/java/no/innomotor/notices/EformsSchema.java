package no.innomotor.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The eForms SDK's XSD for every notice document type, per SDK version: a notice is checked against the schemas of
 * the version its {@code cbc:CustomizationID} declares ("eforms-sdk-1.7" is checked against SDK 1.7). The build
 * unpacks each supported version's schemas into {@code eforms-sdk/<minor>/schemas/} on the class path. A version is
 * compiled the first time a notice needs it, once, and kept (a compiled {@link Schema} is thread-safe; validators made
 * from it are not), so start-up compiles nothing. Relative imports between the schema files resolve inside that
 * version's folder through a resource resolver; nothing is ever fetched from outside.
 */
@Component
public class EformsSchema {

    private static final Logger log = LoggerFactory.getLogger(EformsSchema.class);
    static final String ROOT = "eforms-sdk/";
    private static final String SCHEME = "eforms-sdk:/";
    private static final String PROBE = "maindoc/UBL-ContractNotice-2.3.xsd";
    private static final List<String> MAIN_DOCUMENTS = List.of(
            "maindoc/UBL-PriorInformationNotice-2.3.xsd",
            PROBE,
            "maindoc/UBL-ContractAwardNotice-2.3.xsd",
            "maindoc/EFORMS-BusinessRegistrationInformationNotice.xsd");
    /** "eforms-sdk-1.7", also with a patch number or, as Norwegian notices have it, "#extended#urn:…" after it. */
    private static final Pattern CUSTOMIZATION = Pattern.compile("eforms-sdk-(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:#.*)?");

    private final String current;
    private final ConcurrentMap<String, Optional<VersionSchema>> versions = new ConcurrentHashMap<>();
    private volatile @Nullable List<String> supported;

    public EformsSchema() {
        this.current = minor(read(ROOT + "VERSION").trim());
    }

    /** The schema of the SDK version this application writes (the SDK artifact's own); the export checks against it. */
    public Schema schema() {
        return forVersion(current)
                .orElseThrow(() -> new IllegalStateException("The eForms SDK's XSD " + current + " is missing"));
    }

    /** The minor version ("1.13") of the SDK artifact on the class path, the one exported notices declare. */
    public String currentVersion() {
        return current;
    }

    /**
     * The compiled schema of one SDK minor version ("1.7"), compiled on first use; empty for a version this build
     * does not carry.
     */
    public Optional<Schema> forVersion(String minor) {
        Optional<VersionSchema> own = versions.computeIfAbsent(minor, this::locate);
        if (own.isPresent()) {
            return own.map(VersionSchema::schema);
        }
        return standIn(minor).flatMap(this::forVersion);
    }

    /**
     * The carried version that checks a notice of {@code minor} when this build cannot carry that version's own
     * schema although it lies between two versions it does carry (today 1.10 to 1.12, whose artifacts the package
     * registry this build uses does not serve): the next newer carried version of the same major. An eForms minor
     * version adds to the schema of the one before, and every notice was checked against the newest schema before
     * per-version checking. Versions older than the oldest carried one, or newer than the newest, have no stand-in.
     */
    public Optional<String> standIn(String minor) {
        List<String> carried = supportedVersions();
        if (carried.isEmpty() || !minor.matches("\\d+\\.\\d+") || carried.contains(minor)) {
            return Optional.empty();
        }
        long key = sortKey(minor);
        if (key <= sortKey(carried.get(0)) || key >= sortKey(carried.get(carried.size() - 1))) {
            return Optional.empty();
        }
        String major = minor.substring(0, minor.indexOf('.'));
        return carried.stream()
                .filter(version -> version.startsWith(major + ".") && sortKey(version) > key)
                .findFirst();
    }

    /** The versions compiled so far. */
    Set<String> compiledVersions() {
        Set<String> compiled = new TreeSet<>(Comparator.comparing(EformsSchema::sortKey));
        versions.forEach(
                (minor, schema) -> schema.filter(VersionSchema::compiled).ifPresent(v -> compiled.add(minor)));
        return compiled;
    }

    /** The minor version a {@code cbc:CustomizationID} declares; empty when it names no eForms SDK version. */
    public static Optional<String> declaredVersion(@Nullable String customizationId) {
        if (customizationId == null) {
            return Optional.empty();
        }
        Matcher matcher = CUSTOMIZATION.matcher(customizationId.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(matcher.group(1)) + "." + Integer.parseInt(matcher.group(2)));
    }

    /** The SDK minor versions this build carries, oldest first. */
    public List<String> supportedVersions() {
        List<String> found = supported;
        if (found == null) {
            Set<String> minors = new TreeSet<>(Comparator.comparing(EformsSchema::sortKey));
            try {
                for (Resource probe : new PathMatchingResourcePatternResolver()
                        .getResources("classpath*:" + ROOT + "*/schemas/" + PROBE)) {
                    String path = probe.getURL().toString();
                    String folder = path.substring(0, path.indexOf("/schemas/" + PROBE));
                    minors.add(folder.substring(folder.lastIndexOf('/') + 1));
                }
            } catch (IOException e) {
                log.warn("The eForms SDK versions on the class path could not be listed");
            }
            if (new ClassPathResource(ROOT + "schemas/" + PROBE).exists()) {
                minors.add(current);
            }
            found = List.copyOf(minors);
            supported = found;
        }
        return found;
    }

    private static long sortKey(String minor) {
        String[] parts = minor.split("\\.");
        try {
            return Long.parseLong(parts[0]) * 100_000 + (parts.length > 1 ? Long.parseLong(parts[1]) : 0);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** A version's own folder; for the artifact's own version its schemas where the build did not unpack them. */
    private Optional<VersionSchema> locate(String minor) {
        if (!minor.matches("\\d+\\.\\d+")) {
            return Optional.empty();
        }
        String root = ROOT + minor + "/schemas/";
        if (new ClassPathResource(root + PROBE).exists()) {
            return Optional.of(new VersionSchema(minor, root));
        }
        if (minor.equals(current) && new ClassPathResource(ROOT + "schemas/" + PROBE).exists()) {
            return Optional.of(new VersionSchema(minor, ROOT + "schemas/"));
        }
        return Optional.empty();
    }

    private static String minor(String version) {
        String[] parts = version.split("\\.");
        return parts[0] + "." + parts[1];
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's " + resource + " could not be read", e);
        }
    }

    /** One version's schema folder and its schema, compiled the first time it is asked for. */
    private static final class VersionSchema {

        private final String minor;
        private final String root;
        private volatile @Nullable Schema schema;

        VersionSchema(String minor, String root) {
            this.minor = minor;
            this.root = root;
        }

        boolean compiled() {
            return schema != null;
        }

        Schema schema() {
            Schema compiled = schema;
            if (compiled == null) {
                synchronized (this) {
                    compiled = schema;
                    if (compiled == null) {
                        compiled = compile();
                        schema = compiled;
                    }
                }
            }
            return compiled;
        }

        private Schema compile() {
            long start = System.nanoTime();
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            try {
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            } catch (SAXException e) {
                throw new IllegalStateException("The XML schema factory does not support secure processing", e);
            }
            factory.setResourceResolver(new SdkResolver(root));
            List<Source> sources = new ArrayList<>();
            for (String document : MAIN_DOCUMENTS) {
                sources.add(new StreamSource(open(root, document), SCHEME + root + document));
            }
            try {
                Schema compiled = factory.newSchema(sources.toArray(Source[]::new));
                log.info("Compiled the eForms SDK {} XSD in {} ms", minor, (System.nanoTime() - start) / 1_000_000);
                return compiled;
            } catch (SAXException e) {
                throw new IllegalStateException("The eForms SDK " + minor + " XSD could not be compiled", e);
            }
        }
    }

    private static InputStream open(String root, String pathUnderRoot) {
        try {
            return new ClassPathResource(root + pathUnderRoot).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's schema " + pathUnderRoot + " is not on the class path", e);
        }
    }

    /** Resolves schema imports and includes against one version's schema folder, and nothing else. */
    private static final class SdkResolver implements LSResourceResolver {

        private final String root;

        SdkResolver(String root) {
            this.root = root;
        }

        @Override
        public LSInput resolveResource(
                String type,
                @Nullable String namespaceUri,
                @Nullable String publicId,
                @Nullable String systemId,
                @Nullable String baseUri) {
            if (systemId == null || baseUri == null) {
                throw new IllegalStateException("A schema import without a location: " + namespaceUri);
            }
            String resolved = URI.create(baseUri).resolve(systemId).normalize().toString();
            if (!resolved.startsWith(SCHEME + root)) {
                throw new IllegalStateException("A schema import outside the eForms SDK: " + systemId);
            }
            return new ClassPathInput(resolved, open(root, resolved.substring((SCHEME + root).length())));
        }
    }

    private record ClassPathInput(String systemId, InputStream stream) implements LSInput {
        @Override
        public @Nullable Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public InputStream getByteStream() {
            return stream;
        }

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public @Nullable String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public @Nullable String getPublicId() {
            return null;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public @Nullable String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(String baseUri) {}

        @Override
        public @Nullable String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
