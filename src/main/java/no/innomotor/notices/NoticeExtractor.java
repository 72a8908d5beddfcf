package no.innomotor.notices;

import static no.innomotor.notices.Dom.EXTENSION;
import static no.innomotor.notices.Dom.all;
import static no.innomotor.notices.Dom.attribute;
import static no.innomotor.notices.Dom.first;
import static no.innomotor.notices.Dom.text;
import static no.innomotor.notices.Dom.texts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Takes the fields an opportunity needs from a validated eForms notice. Paths follow the SDK's {@code fields.json}:
 * BT-701 notice identifier, BT-757 version, OPP-070 subtype, BT-02/BT-03 notice and form type, BT-05 dispatch date,
 * BT-21/BT-24 title and description, BT-262/BT-263 CPV, BT-5071 NUTS, BT-105 procedure, BT-27 estimated value,
 * BT-131/BT-1311/BT-630 deadlines, BT-06 strategic procurement, BT-776 procurement of innovation, BT-758 changed
 * notice, OPT-300 buyer reference into the organisations (BT-500 name, BT-501 identifier).
 */
final class NoticeExtractor {

    private static final Set<String> LOT_SCHEMES = Set.of("Lot", "Part");
    private static final ZoneOffset NORWAY_WINTER = ZoneOffset.ofHours(1);

    private NoticeExtractor() {}

    static ExtractedNotice extract(Document document) throws NoticeRejected {
        Element root = document.getDocumentElement();
        String noticeId = null;
        for (Element id : all(root, "cbc:ID")) {
            if ("notice-id".equals(attribute(id, "schemeName"))) {
                noticeId = text(id);
            }
        }
        if (noticeId == null) {
            throw new NoticeRejected(ImportOutcome.Reason.NO_NOTICE_ID, null);
        }
        String version = Objects.requireNonNullElse(text(root, "cbc:VersionID"), "01");
        Element extension = first(root, EXTENSION);
        Element noticeType = first(root, "cbc:NoticeTypeCode");
        String formType = noticeType == null ? null : attribute(noticeType, "listName");

        Element changes = extension == null ? null : first(extension, "efac:Changes");
        String changed = changes == null ? null : text(changes, "efbc:ChangedNoticeIdentifier");
        boolean cancelled = changes != null
                && all(changes, "efac:ChangeReason/cbc:ReasonCode").stream()
                        .anyMatch(code -> "cancel".equals(text(code)));

        Element project = first(root, "cac:ProcurementProject");
        List<Element> lots = new ArrayList<>();
        for (Element lot : all(root, "cac:ProcurementProjectLot")) {
            Element lotId = first(lot, "cbc:ID");
            if (lotId != null && LOT_SCHEMES.contains(attribute(lotId, "schemeName"))) {
                lots.add(lot);
            }
        }
        List<Element> projects = new ArrayList<>();
        if (project != null) {
            projects.add(project);
        }
        lots.forEach(lot -> projects.addAll(all(lot, "cac:ProcurementProject")));

        List<String> languages = new ArrayList<>(texts(root, "cbc:NoticeLanguageCode"));
        languages.addAll(texts(root, "cac:AdditionalNoticeLanguage/cbc:ID"));
        String language = languages.isEmpty() ? "ENG" : languages.get(0).toUpperCase(Locale.ROOT);

        Map<String, String> titles = languageTexts(project, "cbc:Name", language);
        Map<String, String> descriptions = languageTexts(project, "cbc:Description", language);
        for (Element lot : lots) {
            Element lotProject = first(lot, "cac:ProcurementProject");
            if (titles.isEmpty()) {
                titles = languageTexts(lotProject, "cbc:Name", language);
            }
            if (descriptions.isEmpty()) {
                descriptions = languageTexts(lotProject, "cbc:Description", language);
            }
        }

        Set<CpvCode> cpv = new LinkedHashSet<>();
        Set<NutsCode> nuts = new LinkedHashSet<>();
        Set<String> strategic = new TreeSet<>();
        Set<String> innovative = new TreeSet<>();
        for (Element p : projects) {
            cpv.addAll(cpvCodes(texts(p, "cac:MainCommodityClassification/cbc:ItemClassificationCode")));
        }
        for (Element p : projects) {
            cpv.addAll(cpvCodes(texts(p, "cac:AdditionalCommodityClassification/cbc:ItemClassificationCode")));
            for (String place : texts(p, "cac:RealizedLocation/cac:Address/cbc:CountrySubentityCode")) {
                NutsCode.parse(place).ifPresent(nuts::add);
            }
            for (Element type : all(p, "cac:ProcurementAdditionalType/cbc:ProcurementTypeCode")) {
                String code = text(type);
                if (code != null && "strategic-procurement".equals(attribute(type, "listName"))) {
                    strategic.add(code);
                } else if (code != null && "innovative-acquisition".equals(attribute(type, "listName"))) {
                    innovative.add(code);
                }
            }
        }

        List<Opportunity.Lot> lotRecords = new ArrayList<>();
        Instant deadline = null;
        for (Element lot : lots) {
            Element lotProject = first(lot, "cac:ProcurementProject");
            Map<String, String> lotTitles = languageTexts(lotProject, "cbc:Name", language);
            Map.Entry<String, String> lotTitle =
                    lotTitles.isEmpty() ? null : lotTitles.entrySet().iterator().next();
            Instant lotDeadline = lotDeadline(lot);
            if (lotDeadline != null && (deadline == null || lotDeadline.isAfter(deadline))) {
                deadline = lotDeadline;
            }
            Element amount = lotProject == null
                    ? null
                    : first(lotProject, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount");
            lotRecords.add(new Opportunity.Lot(
                    Objects.requireNonNull(text(lot, "cbc:ID")),
                    lotTitle == null ? null : lotTitle.getValue(),
                    lotTitle == null ? null : NoticeLanguages.tag(lotTitle.getKey()),
                    lotDeadline,
                    money(amount)));
        }

        Money value = null;
        Element amount =
                project == null ? null : first(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount");
        if (amount != null) {
            value = money(amount);
        } else {
            for (Opportunity.Lot lot : lotRecords) {
                Money lotValue = lot.estimatedValue();
                if (lotValue != null && (value == null || value.currency().equals(lotValue.currency()))) {
                    value = value == null ? lotValue : sum(value, lotValue);
                }
            }
        }

        String contractNature = null;
        for (Element p : projects) {
            for (Element type : all(p, "cbc:ProcurementTypeCode")) {
                if (contractNature == null && "contract-nature".equals(attribute(type, "listName"))) {
                    contractNature = text(type);
                }
            }
        }

        Element publication = extension == null ? null : first(extension, "efac:Publication");
        Instant issuedAt = instant(text(root, "cbc:IssueDate"), text(root, "cbc:IssueTime"), false);
        LocalDate publishedOn = publication == null ? null : date(text(publication, "efbc:PublicationDate"));
        if (publishedOn == null) {
            publishedOn = date(text(root, "cbc:IssueDate"));
        }
        boolean procurement =
                !"bri".equals(formType) && !"BusinessRegistrationInformationNotice".equals(root.getLocalName());

        return new ExtractedNotice(
                noticeId,
                version,
                versionNumber(version),
                changedNoticeId(changed),
                cancelled,
                procurement,
                NoticeKind.fromFormType(formType),
                noticeType == null ? null : text(noticeType),
                formType,
                extension == null ? null : text(extension, "efac:NoticeSubType/cbc:SubTypeCode"),
                issuedAt,
                publishedOn,
                publication == null ? null : text(publication, "efbc:NoticePublicationID"),
                languages,
                titles,
                descriptions,
                buyers(root, extension),
                List.copyOf(cpv),
                List.copyOf(nuts),
                text(root, "cac:TenderingProcess/cbc:ProcedureCode"),
                contractNature,
                lotRecords,
                deadline,
                value,
                strategic.contains("inn-pur"),
                innovative,
                winners(extension));
    }

    /** Texts by their {@code languageID}, in document order; a text without one counts as the notice's language. */
    private static Map<String, String> languageTexts(@Nullable Element parent, String path, String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (parent == null) {
            return texts;
        }
        for (Element element : all(parent, path)) {
            String text = text(element);
            if (text != null) {
                String code = attribute(element, "languageID");
                texts.putIfAbsent(code == null ? language : code.toUpperCase(Locale.ROOT), text);
            }
        }
        return texts;
    }

    /** Requests to participate close first where both are given; then tenders; then expressions of interest. */
    private static @Nullable Instant lotDeadline(Element lot) {
        Element process = first(lot, "cac:TenderingProcess");
        if (process == null) {
            return null;
        }
        for (String path : List.of(
                "cac:ParticipationRequestReceptionPeriod",
                "cac:TenderSubmissionDeadlinePeriod",
                EXTENSION + "/efac:InterestExpressionReceptionPeriod")) {
            Element period = first(process, path);
            if (period != null) {
                Instant at = instant(text(period, "cbc:EndDate"), text(period, "cbc:EndTime"), true);
                if (at != null) {
                    return at;
                }
            }
        }
        return null;
    }

    private static List<Opportunity.Buyer> buyers(Element root, @Nullable Element extension) {
        Map<String, Element> companies = new LinkedHashMap<>();
        if (extension != null) {
            for (Element company : all(extension, "efac:Organizations/efac:Organization/efac:Company")) {
                String id = text(company, "cac:PartyIdentification/cbc:ID");
                if (id != null) {
                    companies.putIfAbsent(id, company);
                }
            }
        }
        List<Opportunity.Buyer> buyers = new ArrayList<>();
        for (String reference : texts(root, "cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID")) {
            Element company = companies.get(reference);
            if (company == null) {
                continue;
            }
            String name = text(company, "cac:PartyName/cbc:Name");
            String companyId = text(company, "cac:PartyLegalEntity/cbc:CompanyID");
            String country = text(company, "cac:PostalAddress/cac:Country/cbc:IdentificationCode");
            buyers.add(
                    new Opportunity.Buyer(name == null ? reference : name, companyId, orgNumber(companyId, country)));
        }
        return buyers;
    }

    /** A Norwegian company's organisation number from its company id ("NO 923 456 783 MVA"); none for others. */
    private static @Nullable String orgNumber(@Nullable String companyId, @Nullable String country) {
        if (companyId == null || !"NOR".equals(country)) {
            return null;
        }
        return OrgNumber.parse(companyId.replaceAll("(?i)^NO|MVA$|[\\s.]", ""))
                .map(OrgNumber::value)
                .orElse(null);
    }

    /**
     * The winning tenderers of a result notice: the tenders each lot result names when a winner was chosen
     * (efac:LotResult with TenderResultCode selec-w → efac:LotTender), their tendering parties (efac:LotTender →
     * efac:TenderingParty), the parties' tenderers (efac:TenderingParty → efac:Tenderer) and those organisations'
     * companies (efac:Organization/efac:Company: name, cac:PartyLegalEntity/cbc:CompanyID, country). Each company once,
     * in the order the notice names them; none for a notice without results.
     */
    static List<AwardWinner> winners(@Nullable Element extension) {
        if (extension == null) {
            return List.of();
        }
        Element result = first(extension, "efac:NoticeResult");
        if (result == null) {
            return List.of();
        }
        Set<String> winningTenders = new LinkedHashSet<>();
        for (Element lotResult : all(result, "efac:LotResult")) {
            if ("selec-w".equals(text(lotResult, "cbc:TenderResultCode"))) {
                winningTenders.addAll(texts(lotResult, "efac:LotTender/cbc:ID"));
            }
        }
        Set<String> parties = new LinkedHashSet<>();
        for (Element tender : all(result, "efac:LotTender")) {
            if (winningTenders.contains(text(tender, "cbc:ID"))) {
                parties.addAll(texts(tender, "efac:TenderingParty/cbc:ID"));
            }
        }
        Set<String> organisations = new LinkedHashSet<>();
        for (Element party : all(result, "efac:TenderingParty")) {
            if (parties.contains(text(party, "cbc:ID"))) {
                organisations.addAll(texts(party, "efac:Tenderer/cbc:ID"));
            }
        }
        Map<String, Element> companies = new LinkedHashMap<>();
        for (Element company : all(extension, "efac:Organizations/efac:Organization/efac:Company")) {
            String id = text(company, "cac:PartyIdentification/cbc:ID");
            if (id != null) {
                companies.putIfAbsent(id, company);
            }
        }
        List<AwardWinner> winners = new ArrayList<>();
        for (String reference : organisations) {
            Element company = companies.get(reference);
            if (company == null) {
                continue;
            }
            String name = text(company, "cac:PartyName/cbc:Name");
            String companyId = text(company, "cac:PartyLegalEntity/cbc:CompanyID");
            String country = text(company, "cac:PostalAddress/cac:Country/cbc:IdentificationCode");
            winners.add(new AwardWinner(name == null ? reference : name, companyId, orgNumber(companyId, country)));
        }
        return winners;
    }

    /** "c4c415ee-…-57568cf69462-01" names version 01 of notice "c4c415ee-…-57568cf69462". */
    static @Nullable String changedNoticeId(@Nullable String identifier) {
        if (identifier == null) {
            return null;
        }
        return identifier.matches(".+-\\d{2}") ? identifier.substring(0, identifier.length() - 3) : identifier;
    }

    static int versionNumber(String version) {
        try {
            return Integer.parseInt(version.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The codes as CPV codes; one that is not eight digits (after dropping a check digit) names nothing and is left out. */
    private static List<CpvCode> cpvCodes(List<String> texts) {
        return texts.stream().flatMap(text -> CpvCode.parse(text).stream()).toList();
    }

    /**
     * An amount with its currency (BT-27 and its {@code currencyID}). An amount that is no number, negative or beyond
     * any budget, or whose currency is not an ISO 4217 code, is left out: the notice is kept without it.
     */
    private static @Nullable Money money(@Nullable Element amount) {
        if (amount == null) {
            return null;
        }
        BigDecimal value = decimal(text(amount));
        String currency = attribute(amount, "currencyID");
        if (value == null || currency == null) {
            return null;
        }
        try {
            return Money.of(value, currency);
        } catch (IllegalArgumentException unknownCurrencyOrOutOfRange) {
            return null;
        }
    }

    /** The lots' values added up; a sum beyond any budget keeps what was added so far. */
    private static Money sum(Money sum, Money lot) {
        try {
            return new Money(sum.amount().add(lot.amount()), sum.currency());
        } catch (IllegalArgumentException outOfRange) {
            return sum;
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** xs:date, with or without an offset ("2019-11-21+01:00", "2024-12-31Z", "2026-01-15"). */
    static @Nullable LocalDate date(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.from(DateTimeFormatter.ISO_DATE.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A date and an optional time as an instant. The offset comes from the time, else the date, else Norwegian
     * winter time. A deadline without a time lasts the whole day; any other date starts at midnight.
     */
    static @Nullable Instant instant(@Nullable String dateText, @Nullable String timeText, boolean endOfDay) {
        if (dateText == null) {
            return null;
        }
        try {
            TemporalAccessor date = DateTimeFormatter.ISO_DATE.parse(dateText);
            ZoneOffset offset = date.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.from(date)
                    : NORWAY_WINTER;
            LocalTime time = endOfDay ? LocalTime.of(23, 59, 59) : LocalTime.MIDNIGHT;
            if (timeText != null) {
                TemporalAccessor parsed = DateTimeFormatter.ISO_TIME.parse(timeText);
                time = LocalTime.from(parsed);
                if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
                    offset = OffsetTime.from(parsed).getOffset();
                }
            }
            return LocalDate.from(date).atTime(time).toInstant(offset);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
