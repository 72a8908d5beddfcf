package no.innomotor.notices.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Doffin does to a Norwegian notice of its "eu" profile before it goes to TED, as DFØ documents it for its
 * {@code nor-to-eforms} stylesheet: the CustomizationID loses its "#extended#…" suffix, texts in languages that are
 * not official EU languages go, and the notice languages are rebuilt from the EU languages left. The SDK's rules must
 * then pass with no exception at all. Written here in Java for the tests; it is not DFØ's code.
 */
final class TedConversion {

    private static final Set<String> EU_LANGUAGES = Set.of(
            "BUL", "CES", "DAN", "DEU", "ELL", "ENG", "EST", "FIN", "FRA", "GLE", "HRV", "HUN", "ITA", "LAV", "LIT",
            "MLT", "NLD", "POL", "POR", "RON", "SLK", "SLV", "SPA", "SWE");

    private TedConversion() {}

    static byte[] convert(byte[] notice) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(notice));
        Element root = document.getDocumentElement();

        Element customization = child(root, NoticeWriter.CBC, "CustomizationID").get(0);
        customization.setTextContent(customization.getTextContent().strip().split("#")[0]);

        List<Element> foreign = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("languageID") && !EU_LANGUAGES.contains(element.getAttribute("languageID"))) {
                foreign.add(element);
            }
        }
        for (Element element : foreign) {
            Node parent = element.getParentNode();
            parent.removeChild(element);
            if (NoticeWriter.CAC.equals(parent.getNamespaceURI())
                    && child((Element) parent, "*", "*").isEmpty()) {
                parent.getParentNode().removeChild(parent);
            }
        }

        Element main = child(root, NoticeWriter.CBC, "NoticeLanguageCode").get(0);
        List<String> languages = new ArrayList<>();
        languages.add(main.getTextContent().strip());
        for (Element additional : child(root, NoticeWriter.CAC, "AdditionalNoticeLanguage")) {
            languages.add(additional.getTextContent().strip());
            root.removeChild(additional);
        }
        languages.removeIf(language -> !EU_LANGUAGES.contains(language));
        main.setTextContent(languages.get(0));
        Node after = main.getNextSibling();
        for (String language : languages.subList(1, languages.size())) {
            Element additional = document.createElementNS(NoticeWriter.CAC, "cac:AdditionalNoticeLanguage");
            Element id = document.createElementNS(NoticeWriter.CBC, "cbc:ID");
            id.setTextContent(language);
            additional.appendChild(id);
            root.insertBefore(additional, after);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static List<Element> child(Element parent, String namespace, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element
                    && ("*".equals(namespace) || namespace.equals(element.getNamespaceURI()))
                    && ("*".equals(name) || name.equals(element.getLocalName()))) {
                children.add(element);
            }
        }
        return children;
    }
}
