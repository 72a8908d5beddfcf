package no.innomotor.notices.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Facts the export takes from the eForms SDK artifact: its version and the code lists the buyer's type uses. */
@Component
class SdkFacts {

    static final String DEFAULT_LEGAL_TYPE = "body-pl";
    static final String DEFAULT_ACTIVITY = "gen-pub";

    private final String version;
    private final Set<String> legalTypes;
    private final Set<String> activities;

    SdkFacts() {
        this.version = read("eforms-sdk/VERSION").trim();
        this.legalTypes = codes("eforms-sdk/codelists/buyer-legal-type.gc");
        this.activities = codes("eforms-sdk/codelists/main-activity_authority-activity.gc");
    }

    /** "1.13" for SDK 1.13.0: the form the SDK's CustomizationID ("eforms-sdk-1.13") uses. */
    String minorVersion() {
        String[] parts = version.split("\\.");
        return parts[0] + "." + parts[1];
    }

    boolean isLegalType(String code) {
        return legalTypes.contains(code);
    }

    boolean isActivity(String code) {
        return activities.contains(code);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's " + resource + " could not be read", e);
        }
    }

    /** The values of the "code" column of an OASIS Genericode list. */
    private static Set<String> codes(String resource) {
        // The JDK's own StAX: another on the classpath (a spreadsheet reader brings Aalto) may not know these
        // properties.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Set<String> codes = new LinkedHashSet<>();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            boolean inCode = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && "Value".equals(xml.getLocalName())) {
                    inCode = "code".equals(xml.getAttributeValue(null, "ColumnRef"));
                } else if (event == XMLStreamReader.START_ELEMENT
                        && "SimpleValue".equals(xml.getLocalName())
                        && inCode) {
                    codes.add(xml.getElementText().trim());
                    inCode = false;
                }
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException("The eForms SDK's " + resource + " could not be read", e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The eForms SDK's " + resource + " is not a readable code list", e);
        }
    }
}
