package no.innomotor.notices;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads an Atom 1.0 document strictly enough to check what RFC 4287 requires of a feed and its entries. */
record AtomFeed(Element feed) {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    static AtomFeed parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        if (!ATOM.equals(root.getNamespaceURI()) || !"feed".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not an Atom feed");
        }
        return new AtomFeed(root);
    }

    String id() {
        return text(feed, "id");
    }

    String title() {
        return text(feed, "title");
    }

    String updated() {
        return text(feed, "updated");
    }

    String selfLink() {
        return children(feed, "link").stream()
                .filter(link -> "self".equals(link.getAttribute("rel")))
                .map(link -> link.getAttribute("href"))
                .findFirst()
                .orElse("");
    }

    List<String> entryIds() {
        return children(feed, "entry").stream().map(entry -> text(entry, "id")).toList();
    }

    List<String> entryTitles() {
        return children(feed, "entry").stream()
                .map(entry -> text(entry, "title"))
                .toList();
    }

    List<String> entryLinks() {
        return children(feed, "entry").stream()
                .map(entry -> children(entry, "link").get(0).getAttribute("href"))
                .toList();
    }

    /** RFC 4287: every entry has exactly one id, title and updated, and an author unless the feed has one. */
    boolean everyEntryHasIdTitleUpdatedAndAuthor() {
        boolean feedAuthor = !children(feed, "author").isEmpty();
        return children(feed, "entry").stream()
                .allMatch(entry -> children(entry, "id").size() == 1
                        && children(entry, "title").size() == 1
                        && children(entry, "updated").size() == 1
                        && (feedAuthor || !children(entry, "author").isEmpty()));
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
