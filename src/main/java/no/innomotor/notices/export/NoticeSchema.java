package no.innomotor.notices.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import no.innomotor.notices.EformsSchema;
import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks exported notices against the eForms SDK's XSD — the same compiled schema the import uses
 * ({@link EformsSchema}), so there is one place that reads the SDK's schema files. Each check gets its own validator.
 */
@Component
class NoticeSchema {

    private final EformsSchema sdk;

    NoticeSchema(EformsSchema sdk) {
        this.sdk = sdk;
    }

    /** The problems the XSD finds in {@code xml}, each as "line N: message"; empty when valid. */
    List<String> problems(byte[] xml) {
        Validator validator = sdk.schema().newValidator();
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

    /** Compiles the schema now if it is not yet compiled; returns how long that call took in milliseconds. */
    long warmUp() {
        long start = System.nanoTime();
        sdk.schema();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
