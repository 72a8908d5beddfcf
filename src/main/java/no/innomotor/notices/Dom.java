package no.innomotor.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks a notice's DOM by child paths such as {@code cac:ProcurementProject/cbc:Name}. Faster and simpler than XPath
 * for the fixed, shallow paths eForms fields have (see the SDK's {@code fields/fields.json}).
 */
final class Dom {

    static final Map<String, String> NAMESPACES = EformsNamespaces.BY_PREFIX;

    /** The eForms extension of a document or of an element that carries one. */
    static final String EXTENSION = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension";

    private Dom() {}

    static List<Element> all(Element from, String path) {
        List<Element> current = List.of(from);
        for (String step : path.split("/")) {
            int colon = step.indexOf(':');
            String namespace = NAMESPACES.get(step.substring(0, colon));
            String local = step.substring(colon + 1);
            List<Element> next = new ArrayList<>();
            for (Element element : current) {
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element e
                            && local.equals(e.getLocalName())
                            && namespace.equals(e.getNamespaceURI())) {
                        next.add(e);
                    }
                }
            }
            if (next.isEmpty()) {
                return List.of();
            }
            current = next;
        }
        return current;
    }

    static @Nullable Element first(Element from, String path) {
        List<Element> found = all(from, path);
        return found.isEmpty() ? null : found.get(0);
    }

    static @Nullable String text(Element from, String path) {
        Element element = first(from, path);
        return element == null ? null : text(element);
    }

    /** The element's trimmed text, null when blank. */
    static @Nullable String text(Element element) {
        String text = element.getTextContent();
        if (text == null) {
            return null;
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    static List<String> texts(Element from, String path) {
        List<String> texts = new ArrayList<>();
        for (Element element : all(from, path)) {
            String text = text(element);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    static @Nullable String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }
}
