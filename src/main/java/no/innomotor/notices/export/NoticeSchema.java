package no.innomotor.notices.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The eForms SDK's XSD for prior information notices ({@code schemas/maindoc/UBL-PriorInformationNotice-2.3.xsd}),
 * read from the SDK jar. Its imports are relative ("../common/…"); an {@link LSResourceResolver} resolves them inside
 * the SDK's schema folder on the class path and refuses anything else, so validation never reaches the network or the
 * file system. The compiled schema is thread-safe and kept; each validation gets its own validator.
 */
@Component
class NoticeSchema {

    private static final Logger log = LoggerFactory.getLogger(NoticeSchema.class);
    static final String ROOT = "eforms-sdk/schemas/";
    static final String MAIN = "maindoc/UBL-PriorInformationNotice-2.3.xsd";
    /** A made-up base so relative imports resolve to a path we can map back to the class path. */
    private static final URI BASE = URI.create("sdk:/" + ROOT);

    private volatile @Nullable Schema schema;

    /** The problems the XSD finds in {@code xml}, each as "line N: message"; empty when valid. */
    List<String> problems(byte[] xml) {
        Validator validator = schema().newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("The XML validator does not support secure processing", e);
        }
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings do not make a notice invalid.
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (IOException e) {
            throw new IllegalStateException("In-memory XML could not be read", e);
        }
        return problems;
    }

    /** Compiles the schema now if it is not yet compiled; returns how long it took in milliseconds (0 if it was). */
    long warmUp() {
        long start = System.nanoTime();
        boolean compiled = schema != null;
        schema();
        return compiled ? 0 : (System.nanoTime() - start) / 1_000_000;
    }

    private Schema schema() {
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
            factory.setResourceResolver(new SdkResolver());
            URI main = BASE.resolve(MAIN);
            Schema schema = factory.newSchema(new StreamSource(open(main), main.toString()));
            log.info("Compiled the eForms SDK's notice XSD in {} ms", (System.nanoTime() - start) / 1_000_000);
            return schema;
        } catch (SAXException e) {
            throw new IllegalStateException("The eForms SDK's XSD could not be compiled", e);
        }
    }

    private static InputStream open(URI uri) {
        String path = uri.getPath();
        if (!"sdk".equals(uri.getScheme()) || path == null || !path.startsWith("/" + ROOT) || path.contains("..")) {
            throw new IllegalArgumentException("Refusing to load a schema outside the eForms SDK: " + uri);
        }
        InputStream in = NoticeSchema.class.getClassLoader().getResourceAsStream(path.substring(1));
        if (in == null) {
            throw new IllegalArgumentException("The eForms SDK has no schema " + path);
        }
        return in;
    }

    /** Serves the SDK's schema files from the class path, by their path relative to the importing schema. */
    private static final class SdkResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(
                String type,
                @Nullable String namespace,
                @Nullable String publicId,
                @Nullable String systemId,
                @Nullable String baseUri) {
            if (systemId == null || baseUri == null) {
                throw new IllegalArgumentException("Schema import without location: " + namespace);
            }
            URI resolved = URI.create(baseUri).resolve(systemId).normalize();
            return new Input(resolved.toString(), publicId, open(resolved));
        }
    }

    private record Input(String systemId, @Nullable String publicId, InputStream stream) implements LSInput {
        @Override
        public @Nullable Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(@Nullable Reader characterStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InputStream getByteStream() {
            return stream;
        }

        @Override
        public void setByteStream(@Nullable InputStream byteStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public @Nullable String getStringData() {
            return null;
        }

        @Override
        public void setStringData(@Nullable String stringData) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(@Nullable String systemId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public @Nullable String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(@Nullable String publicId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(@Nullable String baseURI) {
            throw new UnsupportedOperationException();
        }

        @Override
        public @Nullable String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(@Nullable String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {
            throw new UnsupportedOperationException();
        }
    }
}
