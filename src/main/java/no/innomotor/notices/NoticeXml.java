package no.innomotor.notices;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Reads one notice file in a single pass: a hardened SAX parser (no DOCTYPE, so no entities at all, external or
 * internal; secure processing limits), the XSD of the eForms SDK version the notice declares checking every event as
 * it streams past, and a DOM built from the same events for extraction. The first problem stops the pass and names
 * its line, column and element.
 */
@Component
class NoticeXml {

    /** Larger than any real notice (the SDK's 100-lot example is 1.7 MB); checked before parsing. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Real notices nest about 15 deep; anything far deeper is an attack on the parser's stack. */
    static final int MAX_DEPTH = 100;

    static final Set<String> NOTICE_NAMESPACES = EformsNamespaces.NOTICE_DOCUMENTS;

    private final EformsSchema schema;
    private final ThreadLocal<SAXParser> parsers = ThreadLocal.withInitial(NoticeXml::newParser);
    private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(NoticeXml::newBuilder);

    NoticeXml(EformsSchema schema) {
        this.schema = schema;
    }

    Document read(byte[] content) throws NoticeRejected {
        if (content.length == 0 || isBlank(content)) {
            throw new NoticeRejected(ImportOutcome.Reason.EMPTY, null);
        }
        if (content.length > MAX_BYTES) {
            throw new NoticeRejected(ImportOutcome.Reason.TOO_LARGE, content.length + " bytes");
        }
        SAXParser parser = parsers.get();
        Document document = builders.get().newDocument();
        Pipeline pipeline = new Pipeline(schema, new DomBuilder(document));
        try {
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(pipeline);
            reader.setErrorHandler(pipeline);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed");
            });
            reader.parse(new InputSource(new ByteArrayInputStream(content)));
            return document;
        } catch (NotEforms e) {
            throw new NoticeRejected(ImportOutcome.Reason.NOT_EFORMS, e.line, e.column, e.element, e.getMessage());
        } catch (VersionRejected e) {
            throw new NoticeRejected(e.reason, e.line, e.column, e.element, e.getMessage());
        } catch (SAXParseException e) {
            throw pipeline.rejection(e);
        } catch (SAXException e) {
            throw new NoticeRejected(
                    ImportOutcome.Reason.MALFORMED,
                    pipeline.line(),
                    pipeline.column(),
                    pipeline.path(),
                    e.getMessage());
        } catch (IOException e) {
            throw new NoticeRejected(ImportOutcome.Reason.UNREADABLE, e.getMessage());
        } finally {
            parser.reset();
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser does not support the required safety features", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No DOM implementation", e);
        }
    }

    private static final Pattern NAME_LIST = Pattern.compile("\\{(\"[^\"{}]*\":[^{}]*)}");
    private static final Pattern QUALIFIED = Pattern.compile("\"([^\"]*)\":");

    /** Xerces names elements as {"namespace":Local}; readers know them as cbc:Local. Values stay as they are. */
    static @Nullable String readable(@Nullable String message) {
        if (message == null) {
            return null;
        }
        String unbraced = NAME_LIST.matcher(message).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        return QUALIFIED
                .matcher(unbraced)
                .replaceAll(match -> Matcher.quoteReplacement(Dom.NAMESPACES.entrySet().stream()
                                .filter(e -> e.getValue().equals(match.group(1)))
                                .map(Map.Entry::getKey)
                                .findFirst()
                                .orElse(match.group(1))
                        + ":"));
    }

    /** The root element is not one of eForms' notice documents. */
    private static final class NotEforms extends SAXException {
        private final int line;
        private final int column;
        private final String element;

        NotEforms(String element, int line, int column, String message) {
            super(message);
            this.element = element;
            this.line = line;
            this.column = column;
        }
    }

    /** The notice names no eForms SDK version, or one this build has no schema for. */
    private static final class VersionRejected extends SAXException {
        private final ImportOutcome.Reason reason;
        private final int line;
        private final int column;
        private final @Nullable String element;

        VersionRejected(
                ImportOutcome.Reason reason, int line, int column, @Nullable String element, @Nullable String detail) {
            super(detail);
            this.reason = reason;
            this.line = line;
            this.column = column;
            this.element = element;
        }
    }

    /** One parser event held back until the notice's SDK version, and so its schema, is known. */
    private interface SaxCall {
        void on(ContentHandler handler) throws SAXException;
    }

    private record Recorded(
            int line, int column, SaxCall call, @Nullable String opens, boolean closes) {}

    /**
     * Sits between the parser and the validator: checks the root element, limits the depth, and keeps the path of
     * open elements so a validation error can name the element it is about. The validator is chosen by the SDK
     * version the root's {@code cbc:CustomizationID} declares; the events before it (the root, the extensions, the
     * UBL version) are held back and replayed into that validator with their own positions, so the file is still
     * read once.
     */
    private static final class Pipeline implements ContentHandler, ErrorHandler {

        private final EformsSchema schemas;
        private final DomBuilder builder;
        private final Deque<String> open = new ArrayDeque<>();
        private final Positions positions = new Positions();
        private @Nullable Locator locator;
        private @Nullable ValidatorHandler validator;
        private @Nullable List<Recorded> held = new ArrayList<>();
        private @Nullable StringBuilder customization;
        private @Nullable Deque<String> replaying;
        private boolean rootSeen;
        private int rootLine = -1;
        private int rootColumn = -1;
        private int customizationLine = -1;
        private int customizationColumn = -1;

        Pipeline(EformsSchema schemas, DomBuilder builder) {
            this.schemas = schemas;
            this.builder = builder;
        }

        int line() {
            return locator == null ? -1 : locator.getLineNumber();
        }

        int column() {
            return locator == null ? -1 : locator.getColumnNumber();
        }

        @Nullable
        String path() {
            Deque<String> elements = replaying != null ? replaying : open;
            if (elements.isEmpty()) {
                return null;
            }
            StringBuilder path = new StringBuilder();
            elements.descendingIterator()
                    .forEachRemaining(name -> path.append('/').append(name));
            return path.toString();
        }

        NoticeRejected rejection(SAXParseException e) {
            String message = e.getMessage();
            ImportOutcome.Reason reason;
            if (e instanceof Invalid) {
                reason = ImportOutcome.Reason.INVALID;
            } else if (e instanceof TooDeep) {
                reason = ImportOutcome.Reason.TOO_DEEP;
            } else if (message != null && message.contains("DOCTYPE")) {
                reason = ImportOutcome.Reason.DOCTYPE;
            } else {
                reason = ImportOutcome.Reason.MALFORMED;
            }
            return new NoticeRejected(reason, e.getLineNumber(), e.getColumnNumber(), path(), readable(message));
        }

        /** Passes an event to the validator, or holds it back while the SDK version is not known yet. */
        private void send(SaxCall call, @Nullable String opens, boolean closes) throws SAXException {
            ValidatorHandler current = validator;
            if (current != null) {
                call.on(current);
            } else {
                held().add(new Recorded(line(), column(), call, opens, closes));
            }
        }

        private List<Recorded> held() {
            List<Recorded> events = held;
            if (events == null) {
                throw new IllegalStateException("No validator and nothing held back");
            }
            return events;
        }

        /** The version is known: make its validator and replay what was held back into it. */
        private void choose(String declared) throws SAXException {
            if (declared.isBlank()) {
                throw new VersionRejected(
                        ImportOutcome.Reason.SDK_VERSION_MISSING, customizationLine, customizationColumn, path(), null);
            }
            Optional<Schema> schema = EformsSchema.declaredVersion(declared).flatMap(schemas::forVersion);
            if (schema.isEmpty()) {
                throw new VersionRejected(
                        ImportOutcome.Reason.SDK_VERSION_UNSUPPORTED,
                        customizationLine,
                        customizationColumn,
                        path(),
                        "declares " + NoticeOpportunity.cut(declared.strip(), 100) + "; supported: eforms-sdk-"
                                + String.join(", eforms-sdk-", schemas.supportedVersions()));
            }
            ValidatorHandler chosen = schema.get().newValidatorHandler();
            chosen.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            chosen.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            chosen.setErrorHandler(this);
            chosen.setContentHandler(builder);
            chosen.setDocumentLocator(positions);
            List<Recorded> events = held();
            held = null;
            Deque<String> replayed = new ArrayDeque<>();
            replaying = replayed;
            positions.replay = true;
            for (Recorded event : events) {
                positions.line = event.line();
                positions.column = event.column();
                if (event.opens() != null) {
                    replayed.push(event.opens());
                }
                event.call().on(chosen);
                if (event.closes()) {
                    replayed.pop();
                }
            }
            positions.replay = false;
            replaying = null;
            customization = null;
            validator = chosen;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startDocument() throws SAXException {
            send(ContentHandler::startDocument, null, false);
        }

        @Override
        public void endDocument() throws SAXException {
            send(ContentHandler::endDocument, null, false);
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            send(handler -> handler.startPrefixMapping(prefix, uri), null, false);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            send(handler -> handler.endPrefixMapping(prefix), null, false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            open.push(qName);
            if (!rootSeen) {
                rootSeen = true;
                rootLine = line();
                rootColumn = column();
                if (!NOTICE_NAMESPACES.contains(uri)) {
                    throw new NotEforms(
                            qName,
                            line(),
                            column(),
                            "Root element " + localName
                                    + (uri.isEmpty() ? " without a namespace" : " in namespace " + uri)
                                    + " is not an eForms notice");
                }
            }
            if (open.size() > MAX_DEPTH) {
                throw new TooDeep("Elements nest deeper than " + MAX_DEPTH + " levels", locator);
            }
            if (validator == null) {
                if (open.size() == 2 && Dom.NAMESPACES.get("cbc").equals(uri) && "CustomizationID".equals(localName)) {
                    customization = new StringBuilder();
                    customizationLine = line();
                    customizationColumn = column();
                }
                Attributes copy = new AttributesImpl(atts);
                send(handler -> handler.startElement(uri, localName, qName, copy), qName, false);
            } else {
                validator.startElement(uri, localName, qName, atts);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (validator == null && open.size() == 1) {
                throw new VersionRejected(ImportOutcome.Reason.SDK_VERSION_MISSING, rootLine, rootColumn, path(), null);
            }
            send(handler -> handler.endElement(uri, localName, qName), null, true);
            StringBuilder declared = customization;
            if (validator == null && declared != null && open.size() == 2) {
                choose(declared.toString());
            }
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (validator == null) {
                StringBuilder declared = customization;
                if (declared != null && open.size() == 2) {
                    declared.append(ch, start, length);
                }
                char[] copy = Arrays.copyOfRange(ch, start, start + length);
                send(handler -> handler.characters(copy, 0, copy.length), null, false);
            } else {
                validator.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            char[] copy = validator == null ? Arrays.copyOfRange(ch, start, start + length) : ch;
            int from = validator == null ? 0 : start;
            send(handler -> handler.ignorableWhitespace(copy, from, length), null, false);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            send(handler -> handler.processingInstruction(target, data), null, false);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            throw new SAXParseException("Entity references are not allowed: " + name, locator);
        }

        @Override
        public void warning(SAXParseException exception) {
            // Warnings do not make a notice invalid.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw new Invalid(exception);
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }

        /** The parser's position, or a held-back event's own position while it is replayed. */
        private final class Positions implements Locator {
            private boolean replay;
            private int line = -1;
            private int column = -1;

            @Override
            public @Nullable String getPublicId() {
                return null;
            }

            @Override
            public @Nullable String getSystemId() {
                return null;
            }

            @Override
            public int getLineNumber() {
                return replay ? line : line();
            }

            @Override
            public int getColumnNumber() {
                return replay ? column : column();
            }
        }
    }

    /** An error against the XSD (the parser reports only fatal errors for well-formedness). */
    private static final class Invalid extends SAXParseException {
        Invalid(SAXParseException cause) {
            super(
                    cause.getMessage(),
                    cause.getPublicId(),
                    cause.getSystemId(),
                    cause.getLineNumber(),
                    cause.getColumnNumber());
        }
    }

    private static final class TooDeep extends SAXParseException {
        TooDeep(String message, @Nullable Locator locator) {
            super(message, locator);
        }
    }

    /** Builds a namespace-aware DOM from the validated events; only elements, attributes and text matter here. */
    private static final class DomBuilder implements ContentHandler {

        private final Document document;
        private Node current;

        DomBuilder(Document document) {
            this.document = document;
            this.current = document;
        }

        @Override
        public void setDocumentLocator(Locator locator) {}

        @Override
        public void startDocument() {}

        @Override
        public void endDocument() {}

        @Override
        public void startPrefixMapping(String prefix, String uri) {}

        @Override
        public void endPrefixMapping(String prefix) {}

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                String attributeUri = atts.getURI(i);
                if (attributeUri.isEmpty()) {
                    element.setAttribute(atts.getLocalName(i), atts.getValue(i));
                } else if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attributeUri)) {
                    element.setAttributeNS(attributeUri, atts.getQName(i), atts.getValue(i));
                }
            }
            current.appendChild(element);
            current = element;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != document) {
                current.appendChild(document.createTextNode(new String(ch, start, length)));
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {}

        @Override
        public void processingInstruction(String target, String data) {}

        @Override
        public void skippedEntity(String name) {}
    }
}
