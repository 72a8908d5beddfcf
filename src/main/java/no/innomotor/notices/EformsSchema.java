package no.innomotor.notices;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The eForms SDK's XSD for every notice document type, compiled once from the SDK artifact on the class path and
 * shared (a compiled {@link Schema} is thread-safe; validators made from it are not). Relative imports between the
 * schema files resolve inside the artifact through a resource resolver; nothing is ever fetched from outside.
 */
@Component
public class EformsSchema {

    private static final Logger log = LoggerFactory.getLogger(EformsSchema.class);
    static final String ROOT = "eforms-sdk/schemas/";
    private static final String SCHEME = "eforms-sdk:/";
    private static final List<String> MAIN_DOCUMENTS = List.of(
            "maindoc/UBL-PriorInformationNotice-2.3.xsd",
            "maindoc/UBL-ContractNotice-2.3.xsd",
            "maindoc/UBL-ContractAwardNotice-2.3.xsd",
            "maindoc/EFORMS-BusinessRegistrationInformationNotice.xsd");

    private volatile @Nullable Schema schema;

    /** The compiled schema; validators made from it are per use. The export checks its notices against it too. */
    public Schema schema() {
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

    private static Schema compile() {
        long start = System.nanoTime();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The XML schema factory does not support secure processing", e);
        }
        factory.setResourceResolver(new SdkResolver());
        List<Source> sources = new ArrayList<>();
        for (String document : MAIN_DOCUMENTS) {
            sources.add(new StreamSource(open(document), SCHEME + ROOT + document));
        }
        try {
            Schema compiled = factory.newSchema(sources.toArray(Source[]::new));
            log.info("Compiled the eForms SDK's XSD in {} ms", (System.nanoTime() - start) / 1_000_000);
            return compiled;
        } catch (SAXException e) {
            throw new IllegalStateException("The eForms SDK's XSD could not be compiled", e);
        }
    }

    private static InputStream open(String pathUnderRoot) {
        try {
            return new ClassPathResource(ROOT + pathUnderRoot).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's schema " + pathUnderRoot + " is not on the class path", e);
        }
    }

    /** Resolves schema imports and includes against the SDK's schema folder in the artifact, and nothing else. */
    private static final class SdkResolver implements LSResourceResolver {

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
            if (!resolved.startsWith(SCHEME + ROOT)) {
                throw new IllegalStateException("A schema import outside the eForms SDK: " + systemId);
            }
            return new ClassPathInput(resolved, open(resolved.substring((SCHEME + ROOT).length())));
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
