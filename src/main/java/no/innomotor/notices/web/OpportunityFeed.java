package no.innomotor.notices.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.LocalizedText;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.Opportunity;
import no.innomotor.shared.CpvCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The opportunity list as an Atom 1.0 feed, with the list's filters: newest first, the first page. */
@RestController
class OpportunityFeed {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 50;

    private final NoticesManagement notices;
    private final CpvCatalogue cpv;
    private final MessageSource messages;
    private final Clock clock;

    OpportunityFeed(NoticesManagement notices, CpvCatalogue cpv, MessageSource messages, Clock clock) {
        this.notices = notices;
        this.cpv = cpv;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(value = "/opportunities/feed.atom")
    ResponseEntity<String> feed(
            @Valid @ModelAttribute("filter") OpportunityFilterForm filter,
            BindingResult errors,
            HttpServletRequest request)
            throws XMLStreamException {
        if (errors.hasErrors()
                || (filter.getCpv() != null && !filter.getCpv().isBlank() && !cpv.isKnown(filter.getCpv()))) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(text("notices.feed.invalidFilter", LocaleContextHolder.getLocale()));
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Opportunity> entries =
                notices.search(filter.toFilter(), 0, ENTRIES).getContent();
        String base =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String query = filter.query();
        String self = base + "/opportunities/feed.atom" + (query.isEmpty() ? "" : "?" + query);
        String html = base + "/opportunities" + (query.isEmpty() ? "" : "?" + query);
        Instant updated = entries.stream()
                .map(Opportunity::updatedAt)
                .max(Instant::compareTo)
                .orElse(clock.instant());

        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml:lang", locale.getLanguage());
        element(xml, "id", self);
        element(xml, "title", text("notices.feed.title", locale));
        element(xml, "subtitle", text("notices.list.lead", locale));
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", html, "text/html");
        xml.writeStartElement("author");
        element(xml, "name", "Innomotor");
        xml.writeEndElement();
        element(xml, "generator", "Innomotor");
        for (Opportunity opportunity : entries) {
            entry(xml, opportunity, base, locale);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private void entry(XMLStreamWriter xml, Opportunity o, String base, Locale locale) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + o.id());
        LocalizedText title = o.title(locale);
        xml.writeStartElement("title");
        if (title != null) {
            xml.writeAttribute("xml:lang", title.language());
        }
        xml.writeCharacters(title == null ? text("notices.untitled", locale) : title.text());
        xml.writeEndElement();
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(o.updatedAt()));
        if (o.publishedOn() != null) {
            element(
                    xml,
                    "published",
                    o.publishedOn()
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                            .toString());
        }
        link(xml, "alternate", base + "/opportunities/" + o.id(), "text/html");
        if (o.buyer() != null) {
            xml.writeStartElement("author");
            element(xml, "name", o.buyer().name());
            xml.writeEndElement();
        }
        LocalizedText description = o.description(locale);
        if (description != null) {
            xml.writeStartElement("summary");
            xml.writeAttribute("xml:lang", description.language());
            xml.writeCharacters(description.text());
            xml.writeEndElement();
        }
        for (CpvCode code : o.cpvCodes()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", code.value());
            xml.writeAttribute("scheme", "urn:eu:cpv");
            cpv.find(code).ifPresent(c -> {
                try {
                    xml.writeAttribute("label", c.label(locale));
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        xml.writeEndElement();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
