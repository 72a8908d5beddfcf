package no.innomotor.notices;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the rows of an OASIS Genericode code list (the eForms SDK's .gc files), keeping only the named columns. */
final class GenericodeReader {

    private GenericodeReader() {}

    static void rows(InputStream in, Set<String> columns, Consumer<Map<String, String>> row) throws IOException {
        // The JDK's own StAX: another on the classpath (a spreadsheet reader brings Aalto) may not know these
        // properties.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            Map<String, String> current = null;
            String column = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Row" -> current = new HashMap<>();
                        case "Value" -> column = xml.getAttributeValue(null, "ColumnRef");
                        case "SimpleValue" -> {
                            if (current != null && column != null && columns.contains(column)) {
                                current.put(column, xml.getElementText().trim());
                            }
                        }
                        default -> {}
                    }
                } else if (event == XMLStreamReader.END_ELEMENT
                        && "Row".equals(xml.getLocalName())
                        && current != null) {
                    row.accept(current);
                    current = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("Unreadable code list", e);
        }
    }

    static List<Map<String, String>> readAll(InputStream in, Set<String> columns) throws IOException {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        rows(in, columns, r -> rows.add(new LinkedHashMap<>(r)));
        return rows;
    }
}
