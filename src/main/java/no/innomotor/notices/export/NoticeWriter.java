package no.innomotor.notices.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.innomotor.notices.EformsNamespaces;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * Writes one market-consultation notice as eForms UBL XML with StAX. The structure follows the SDK 1.13 examples
 * {@code pin-only_24.xml} (subtype 4) and {@code E1_minimal.xml} (E1) and Doffin's test notice
 * {@code eu/test/pin-only_24.xml}: one buyer organisation ORG-0001, the procedure, and one part (subtype 4, PAR-0000)
 * or one lot (E1, LOT-0001) that repeats the procedure's title, description, CPV codes and places.
 *
 * <p>The data must have passed {@link MarketConsultationRules}; this class does not check it again.
 */
final class NoticeWriter {

    static final String PIN = EformsNamespaces.PRIOR_INFORMATION_NOTICE;
    static final String CAC = EformsNamespaces.CAC;
    static final String CBC = EformsNamespaces.CBC;
    static final String EXT = EformsNamespaces.EXT;
    static final String EFAC = EformsNamespaces.EFAC;
    static final String EFBC = EformsNamespaces.EFBC;
    static final String EFEXT = EformsNamespaces.EFEXT;

    static final String BUYER = "ORG-0001";
    static final String REVIEW_BODY = "ORG-0002";

    /** Characters XML 1.0 cannot carry at all; they are dropped from texts (pasted control characters). */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ssxxx");
    /** BT-800(t) for E1: suppliers' answers are due at noon, Norwegian time, on the deadline day. */
    private static final LocalTime DEADLINE_TIME = LocalTime.NOON;

    /** What identifies this notice: its id, when it was issued and the customisation it claims. */
    record Header(UUID noticeId, ZonedDateTime issued, String customizationId) {}

    private final XMLStreamWriter xml;
    private int depth;

    private NoticeWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /**
     * Writes the notice to {@code out} (UTF-8) and flushes; does not close {@code out}.
     *
     * @param notes the additional information (BT-300) in each publication language, or empty
     */
    static void write(
            MarketConsultationData data,
            MarketConsultationNoticeType type,
            Header header,
            Map<MarketConsultationLanguage, String> notes,
            OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        try {
            new NoticeWriter(xml).notice(data, type, header, notes);
            xml.flush();
        } finally {
            xml.close();
        }
    }

    private void notice(
            MarketConsultationData data,
            MarketConsultationNoticeType type,
            Header header,
            Map<MarketConsultationLanguage, String> notes)
            throws XMLStreamException {
        boolean pin = type == MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY;
        List<MarketConsultationLanguage> languages = data.languages();
        xml.writeStartDocument("UTF-8", "1.0");
        newline();
        xml.setDefaultNamespace(PIN);
        xml.setPrefix("cac", CAC);
        xml.setPrefix("cbc", CBC);
        xml.setPrefix("ext", EXT);
        xml.setPrefix("efac", EFAC);
        xml.setPrefix("efbc", EFBC);
        xml.setPrefix("efext", EFEXT);
        xml.writeStartElement(PIN, "PriorInformationNotice");
        xml.writeDefaultNamespace(PIN);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        xml.writeNamespace("ext", EXT);
        xml.writeNamespace("efac", EFAC);
        xml.writeNamespace("efbc", EFBC);
        xml.writeNamespace("efext", EFEXT);
        depth++;

        extensionStart();
        start(EFAC, "NoticeSubType");
        leaf(CBC, "SubTypeCode", type.subtype(), "listName", "notice-subtype");
        end();
        start(EFAC, "Organizations");
        buyerOrganisation(data, languages);
        MarketConsultationData.ReviewBody reviewBody = data.reviewBody();
        if (reviewBody != null) {
            reviewOrganisation(reviewBody, languages);
        }
        end();
        extensionEnd();

        leaf(CBC, "UBLVersionID", "2.3");
        leaf(CBC, "CustomizationID", header.customizationId());
        leaf(CBC, "ID", header.noticeId().toString(), "schemeName", "notice-id");
        ZonedDateTime issued = header.issued().truncatedTo(ChronoUnit.SECONDS);
        leaf(CBC, "IssueDate", date(issued.toLocalDate()));
        leaf(CBC, "IssueTime", issued.format(TIME));
        leaf(CBC, "VersionID", "01");
        LocalDate planned = data.plannedCompetitionNotice();
        if (pin && planned != null) {
            leaf(CBC, "PlannedDate", date(planned));
        }
        // BT-01: subtype 4 is the PIN of Directive 2014/24/EU (as in Doffin's pin-only test notice); E1 may be used
        // under any law, and the SDK's E1 example says "other".
        leaf(CBC, "RegulatoryDomain", pin ? "32014L0024" : "other");
        leaf(CBC, "NoticeTypeCode", type.noticeType(), "listName", type.formType());
        leaf(CBC, "NoticeLanguageCode", languages.get(0).code());
        for (MarketConsultationLanguage additional : languages.subList(1, languages.size())) {
            start(CAC, "AdditionalNoticeLanguage");
            leaf(CBC, "ID", additional.code());
            end();
        }

        start(CAC, "ContractingParty");
        start(CAC, "ContractingPartyType");
        leaf(
                CBC,
                "PartyTypeCode",
                orDefault(data.buyerLegalType(), SdkFacts.DEFAULT_LEGAL_TYPE),
                "listName",
                "buyer-legal-type");
        end();
        start(CAC, "ContractingActivity");
        leaf(
                CBC,
                "ActivityTypeCode",
                orDefault(data.buyerActivity(), SdkFacts.DEFAULT_ACTIVITY),
                "listName",
                "authority-activity");
        end();
        start(CAC, "Party");
        partyReference(BUYER);
        end();
        end();

        start(CAC, "ProcurementProject");
        String reference = MarketConsultationRules.trimmed(data.reference());
        if (reference != null) {
            leaf(CBC, "ID", reference, "schemeName", "InternalID");
        }
        project(data, languages, notes, true);
        end();

        start(CAC, "ProcurementProjectLot");
        leaf(CBC, "ID", pin ? "PAR-0000" : "LOT-0001", "schemeName", pin ? "Part" : "Lot");
        if (pin) {
            if (reviewBody != null) {
                start(CAC, "TenderingTerms");
                appealTerms();
                end();
            }
        } else {
            e1TenderingTermsAndProcess(data, languages, reviewBody != null);
        }
        start(CAC, "ProcurementProject");
        project(data, languages, Map.of(), false);
        end();
        end();

        depth--;
        newline();
        xml.writeEndElement();
        newline();
        xml.writeEndDocument();
    }

    private void buyerOrganisation(MarketConsultationData data, List<MarketConsultationLanguage> languages)
            throws XMLStreamException {
        start(EFAC, "Organization");
        start(EFAC, "Company");
        start(CAC, "PartyIdentification");
        leaf(CBC, "ID", BUYER, "schemeName", "organization");
        end();
        for (MarketConsultationLanguage language : languages) {
            start(CAC, "PartyName");
            leaf(CBC, "Name", required(data.buyerName()), "languageID", language.code());
            end();
        }
        start(CAC, "PostalAddress");
        leaf(CBC, "CityName", required(data.buyerTown()));
        leaf(CBC, "PostalZone", required(data.buyerPostcode()));
        leaf(CBC, "CountrySubentityCode", required(data.buyerNuts()).value(), "listName", "nuts");
        country();
        end();
        start(CAC, "PartyLegalEntity");
        leaf(CBC, "CompanyID", required(data.buyerOrgNumber()).replaceAll("\\s", ""));
        end();
        start(CAC, "Contact");
        String contactName = MarketConsultationRules.trimmed(data.contactName());
        if (contactName != null) {
            leaf(CBC, "Name", contactName);
        }
        String phone = MarketConsultationRules.trimmed(data.contactPhone());
        if (phone != null) {
            leaf(CBC, "Telephone", phone);
        }
        leaf(CBC, "ElectronicMail", required(data.contactEmail()));
        end();
        end();
        end();
    }

    private void reviewOrganisation(MarketConsultationData.ReviewBody body, List<MarketConsultationLanguage> languages)
            throws XMLStreamException {
        start(EFAC, "Organization");
        start(EFAC, "Company");
        start(CAC, "PartyIdentification");
        leaf(CBC, "ID", REVIEW_BODY, "schemeName", "organization");
        end();
        for (MarketConsultationLanguage language : languages) {
            start(CAC, "PartyName");
            leaf(CBC, "Name", required(body.name()), "languageID", language.code());
            end();
        }
        start(CAC, "PostalAddress");
        leaf(CBC, "CityName", required(body.town()));
        leaf(CBC, "PostalZone", required(body.postcode()));
        leaf(CBC, "CountrySubentityCode", required(body.nuts()).value(), "listName", "nuts");
        country();
        end();
        start(CAC, "PartyLegalEntity");
        leaf(CBC, "CompanyID", required(body.orgNumber()).replaceAll("\\s", ""));
        end();
        end();
        end();
    }

    /** The review organisation's role (OPT-301 …-ReviewOrg), as {@code cac:AppealTerms} of the part or lot. */
    private void appealTerms() throws XMLStreamException {
        start(CAC, "AppealTerms");
        start(CAC, "AppealReceiverParty");
        partyReference(REVIEW_BODY);
        end();
        end();
    }

    /** Title, description, nature, value, CPV and places: the procedure's, or the part's or lot's copy of them. */
    private void project(
            MarketConsultationData data,
            List<MarketConsultationLanguage> languages,
            Map<MarketConsultationLanguage, String> notes,
            boolean withValue)
            throws XMLStreamException {
        for (MarketConsultationLanguage language : languages) {
            leaf(CBC, "Name", required(data.title().in(language)), "languageID", language.code());
        }
        for (MarketConsultationLanguage language : languages) {
            leaf(CBC, "Description", required(data.description().in(language)), "languageID", language.code());
        }
        CpvCode mainCpv = required(data.mainCpv());
        leaf(CBC, "ProcurementTypeCode", contractNature(mainCpv), "listName", "contract-nature");
        for (MarketConsultationLanguage language : languages) {
            String note = notes.get(language);
            if (note != null) {
                leaf(CBC, "Note", note, "languageID", language.code());
            }
        }
        Money value = data.estimatedValue();
        if (withValue && value != null) {
            start(CAC, "RequestedTenderTotal");
            leaf(
                    CBC,
                    "EstimatedOverallContractAmount",
                    value.amount().toPlainString(),
                    "currencyID",
                    value.currency().getCurrencyCode());
            end();
        }
        start(CAC, "MainCommodityClassification");
        leaf(CBC, "ItemClassificationCode", mainCpv.value(), "listName", "cpv");
        end();
        for (CpvCode additional : additionalCpv(data, mainCpv)) {
            start(CAC, "AdditionalCommodityClassification");
            leaf(CBC, "ItemClassificationCode", additional.value(), "listName", "cpv");
            end();
        }
        for (NutsCode place : new LinkedHashSet<>(data.placesOfPerformance())) {
            start(CAC, "RealizedLocation");
            start(CAC, "Address");
            leaf(CBC, "CountrySubentityCode", place.value(), "listName", "nuts");
            country();
            end();
            end();
        }
    }

    /** E1's lot: where suppliers answer (BT-18), in which languages (BT-97), and by when (BT-800). */
    private void e1TenderingTermsAndProcess(
            MarketConsultationData data, List<MarketConsultationLanguage> languages, boolean withReviewBody)
            throws XMLStreamException {
        start(CAC, "TenderingTerms");
        start(CAC, "TenderRecipientParty");
        leaf(CBC, "EndpointID", required(data.responseUrl()));
        end();
        if (withReviewBody) {
            appealTerms();
        }
        for (MarketConsultationLanguage language : languages) {
            start(CAC, "Language");
            leaf(CBC, "ID", language.code());
            end();
        }
        end();
        LocalDate deadline = data.responseDeadline() != null ? data.responseDeadline() : data.dialogueEnd();
        start(CAC, "TenderingProcess");
        extensionStart();
        start(EFAC, "AnswerReceptionPeriod");
        leaf(CBC, "EndDate", date(required(deadline)));
        leaf(CBC, "EndTime", deadline(required(deadline)));
        end();
        extensionEnd();
        end();
    }

    private void extensionStart() throws XMLStreamException {
        start(EXT, "UBLExtensions");
        start(EXT, "UBLExtension");
        start(EXT, "ExtensionContent");
        start(EFEXT, "EformsExtension");
    }

    private void extensionEnd() throws XMLStreamException {
        end();
        end();
        end();
        end();
    }

    private void partyReference(String organisation) throws XMLStreamException {
        start(CAC, "PartyIdentification");
        leaf(CBC, "ID", organisation, "schemeName", "organization");
        end();
    }

    private void country() throws XMLStreamException {
        start(CAC, "Country");
        leaf(CBC, "IdentificationCode", MarketConsultationData.BUYER_COUNTRY, "listName", "country");
        end();
    }

    private void start(String namespace, String name) throws XMLStreamException {
        newline();
        xml.writeStartElement(namespace, name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        newline();
        xml.writeEndElement();
    }

    private void leaf(String namespace, String name, String value, String... attributes) throws XMLStreamException {
        newline();
        xml.writeStartElement(namespace, name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n" + "\t".repeat(depth));
    }

    static String clean(String text) {
        return NOT_XML.matcher(text.replace("\r\n", "\n").replace('\r', '\n'))
                .replaceAll("")
                .strip();
    }

    /** An xs:date with the Norwegian offset of that day, as eForms writes dates: "2027-03-01+01:00". */
    static String date(LocalDate date) {
        return date
                + NorwegianTime.ZONE
                        .getRules()
                        .getOffset(date.atTime(LocalTime.NOON))
                        .getId();
    }

    private static String deadline(LocalDate date) {
        return date.atTime(DEADLINE_TIME).atZone(NorwegianTime.ZONE).format(TIME);
    }

    /**
     * BT-23 from the main CPV code, by the CPV 2008 convention: division 45 is works, divisions 03 to 44 and 48 are
     * supplies, everything else is services.
     */
    static String contractNature(CpvCode cpv) {
        int division = Integer.parseInt(cpv.value().substring(0, 2));
        if (division == 45) {
            return "works";
        }
        return division <= 44 || division == 48 ? "supplies" : "services";
    }

    private static Set<CpvCode> additionalCpv(MarketConsultationData data, CpvCode mainCpv) {
        Set<CpvCode> codes = new LinkedHashSet<>(data.additionalCpv());
        codes.remove(mainCpv);
        return codes;
    }

    private static String orDefault(@Nullable String code, String fallback) {
        String trimmed = MarketConsultationRules.trimmed(code);
        return trimmed == null ? fallback : trimmed;
    }

    /** A value the rules guarantee; a null here is a programming error, not a user's. */
    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("Notice written from data that has not passed the export check");
        }
        return value;
    }
}
