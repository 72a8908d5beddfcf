package no.innomotor.suppliers;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import no.innomotor.notices.LocalizedText;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.notices.SupplierInterest;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SupplierEvents.SuppliersAlerted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds a new opportunity against every listed supplier profile's interest (its competences, regions and keywords)
 * and every saved search, records an alert per match with the reasons it matched, and publishes
 * {@link SuppliersAlerted} so the notifications module tells the people concerned. Built for the whole country:
 * the opportunity's matcher is prepared once, profiles and searches are read as plain rows a page at a time (no
 * query per profile), and alerts are written in JDBC batches. Alerting the same opportunity again alerts only those
 * not alerted before.
 *
 * <p>Also answers how far an opportunity reached ({@link #reach}) and which alerts a supplier person has.
 */
@Service
public class SupplierAlerts {

    private static final Logger log = LoggerFactory.getLogger(SupplierAlerts.class);

    static final int PAGE = 2_000;
    static final int BATCH = 1_000;
    static final Locale BOKMAL = Locale.forLanguageTag("nb");

    /** Below every id as the database orders uuids (unsigned, byte by byte): where the keyset paging starts. */
    private static final UUID FIRST = new UUID(0L, 0L);

    private static final String INSERT = "insert into supplier_alert (id, opportunity_id, opportunity_title,"
            + " organisation_id, person_id, search_id, matched_name, reason_cpv, reason_regions, reason_keywords, sme,"
            + " new_to_public, mail, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String COLUMNS = "id, opportunity_id, opportunity_title, organisation_id, person_id,"
            + " search_id, matched_name, reason_cpv, reason_regions, reason_keywords, mail, created_at";

    private final NoticesManagement notices;
    private final SupplierProfileRepository profiles;
    private final SavedSearchRepository searches;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;
    private final SupplierCodes codes;
    private final Clock clock;

    SupplierAlerts(
            NoticesManagement notices,
            SupplierProfileRepository profiles,
            SavedSearchRepository searches,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            SupplierCodes codes,
            Clock clock) {
        this.notices = notices;
        this.profiles = profiles;
        this.searches = searches;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.events = events;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * Alerts every listed profile and saved search the opportunity matches; returns how many alerts were recorded.
     * An unknown or cancelled opportunity alerts nobody.
     */
    @Transactional
    public int alert(OpportunityId opportunity) {
        return notices.find(opportunity).map(this::alert).orElse(0);
    }

    @Transactional
    int alert(Opportunity opportunity) {
        if (opportunity.cancelled()) {
            return 0;
        }
        long started = System.nanoTime();
        Predicate<SupplierInterest> matcher = opportunity.interestMatcher();
        String title = title(opportunity);
        Set<String> already = alreadyAlerted(opportunity.id().value());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>();
        Set<UUID> organisations = new HashSet<>();
        int recorded = 0;

        // Listed profiles, a page at a time.
        UUID after = FIRST;
        List<ProfileInterestRow> page;
        do {
            page = profiles.listedInterests(after, PageRequest.of(0, PAGE));
            for (ProfileInterestRow profile : page) {
                after = profile.organisationId();
                SupplierInterest interest = interest(profile.competences(), profile.regions(), profile.keywords());
                if (interest.isEmpty()
                        || already.contains(key(profile.organisationId(), null))
                        || !matcher.test(interest)) {
                    continue;
                }
                rows.add(row(
                        opportunity,
                        title,
                        profile.organisationId(),
                        null,
                        null,
                        profile.companyName(),
                        reasons(opportunity, matcher, interest),
                        profile.sizeClass().sme(),
                        !profile.soldToPublic(),
                        true,
                        now));
                organisations.add(profile.organisationId());
                recorded += flushIfFull(rows);
            }
        } while (page.size() == PAGE);

        // Saved searches: the matches first, then their companies' size and public-sector facts in one query per page.
        List<SearchMatch> matched = new ArrayList<>();
        after = FIRST;
        List<SearchInterestRow> searchPage;
        do {
            searchPage = searches.interests(after, PageRequest.of(0, PAGE));
            for (SearchInterestRow search : searchPage) {
                after = search.id();
                SupplierInterest interest = interest(search.cpvCodes(), search.regions(), search.keywords());
                if (interest.isEmpty()
                        || already.contains(key(search.organisationId(), search.id()))
                        || !matcher.test(interest)) {
                    continue;
                }
                matched.add(new SearchMatch(search, reasons(opportunity, matcher, interest)));
            }
        } while (searchPage.size() == PAGE);
        for (int from = 0; from < matched.size(); from += PAGE) {
            List<SearchMatch> part = matched.subList(from, Math.min(matched.size(), from + PAGE));
            Map<UUID, ProfileInterestRow> companies = new HashMap<>();
            profiles.interestsOf(part.stream()
                            .map(match -> match.search().organisationId())
                            .collect(java.util.stream.Collectors.toSet()))
                    .forEach(row -> companies.put(row.organisationId(), row));
            for (SearchMatch match : part) {
                ProfileInterestRow company = companies.get(match.search().organisationId());
                rows.add(row(
                        opportunity,
                        title,
                        match.search().organisationId(),
                        match.search().personId(),
                        match.search().id(),
                        match.search().name(),
                        match.reasons(),
                        company == null || company.sizeClass().sme(),
                        company == null || !company.soldToPublic(),
                        match.search().mail(),
                        now));
                organisations.add(match.search().organisationId());
                recorded += flushIfFull(rows);
            }
        }
        recorded += flush(rows);
        if (recorded > 0) {
            events.publishEvent(
                    new SuppliersAlerted(opportunity.id().value(), title, now, recorded, organisations.size()));
        }
        log.info(
                "Opportunity {}: {} alerts to {} organisations in {} ms",
                opportunity.id(),
                recorded,
                organisations.size(),
                (System.nanoTime() - started) / 1_000_000);
        return recorded;
    }

    private record SearchMatch(SearchInterestRow search, AlertReasons reasons) {}

    // ---- reading alerts ----

    /** How far the opportunity reached: organisations alerted, of them SMEs and new to the public sector. */
    @Transactional(readOnly = true)
    public AlertReach reach(OpportunityId opportunity) {
        return jdbc.queryForObject(
                "select count(distinct organisation_id), count(distinct case when sme then organisation_id end),"
                        + " count(distinct case when new_to_public then organisation_id end)"
                        + " from supplier_alert where opportunity_id = ?",
                (rs, n) -> new AlertReach(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                opportunity.value());
    }

    /** The alerts recorded for the opportunity at one moment (as {@link SuppliersAlerted} names it). */
    @Transactional(readOnly = true)
    public List<SupplierAlert> recordedAt(UUID opportunity, Instant recordedAt) {
        return jdbc.query(
                "select " + COLUMNS + " from supplier_alert where opportunity_id = ? and created_at = ? order by id",
                (rs, n) -> alert(rs),
                opportunity,
                recordedAt.atOffset(ZoneOffset.UTC));
    }

    /**
     * The newest alerts a supplier person has: those of their companies' profiles and of their own saved searches,
     * never another person's searches.
     */
    @Transactional(readOnly = true)
    public List<SupplierAlert> of(CurrentUser user, int limit) {
        List<UUID> companies = user.organisationsWithRole(Role.SUPPLIER).stream()
                .map(OrganisationId::value)
                .toList();
        if (companies.isEmpty()) {
            return List.of();
        }
        return named.query(
                "select " + COLUMNS + " from supplier_alert where (person_id is null and organisation_id in"
                        + " (:companies)) or (person_id = :person and organisation_id in (:companies))"
                        + " order by created_at desc, id fetch first " + Math.max(1, Math.min(limit, 200))
                        + " rows only",
                new MapSqlParameterSource()
                        .addValue("companies", companies)
                        .addValue("person", user.personId().value()),
                (rs, n) -> alert(rs));
    }

    /** How many alerts the person got since {@code since}: for the front page. */
    @Transactional(readOnly = true)
    public long countSince(CurrentUser user, Instant since) {
        List<UUID> companies = user.organisationsWithRole(Role.SUPPLIER).stream()
                .map(OrganisationId::value)
                .toList();
        if (companies.isEmpty()) {
            return 0;
        }
        Long count = named.queryForObject(
                "select count(*) from supplier_alert where ((person_id is null and organisation_id in (:companies))"
                        + " or (person_id = :person and organisation_id in (:companies))) and created_at >= :since",
                new MapSqlParameterSource()
                        .addValue("companies", companies)
                        .addValue("person", user.personId().value())
                        .addValue("since", since.atOffset(ZoneOffset.UTC)),
                Long.class);
        return count == null ? 0 : count;
    }

    private SupplierAlert alert(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SupplierAlert(
                rs.getObject("id", UUID.class),
                rs.getObject("opportunity_id", UUID.class),
                rs.getString("opportunity_title"),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("search_id", UUID.class),
                rs.getString("matched_name"),
                AlertReasons.read(
                        rs.getString("reason_cpv"),
                        rs.getString("reason_regions"),
                        rs.getString("reason_keywords"),
                        codes::regionName),
                rs.getBoolean("mail"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    // ---- matching ----

    static SupplierInterest interest(String cpv, String regions, String keywords) {
        Set<CpvCode> codes = new LinkedHashSet<>();
        SupplierProfile.codes(cpv).forEach(code -> CpvCode.parse(code).ifPresent(codes::add));
        Set<NutsCode> places = new LinkedHashSet<>();
        SupplierProfile.codes(regions).forEach(code -> NutsCode.parse(code).ifPresent(places::add));
        return new SupplierInterest(codes, places, new LinkedHashSet<>(SupplierProfile.words(keywords)));
    }

    /**
     * Why the interest matched, part by part, asked of the same matcher: a CPV code, region or keyword is a reason
     * when an interest of it alone matches.
     */
    static AlertReasons reasons(
            Opportunity opportunity, Predicate<SupplierInterest> matcher, SupplierInterest interest) {
        List<AlertReasons.CpvMatch> cpv = new ArrayList<>();
        for (CpvCode code : interest.cpvCodes()) {
            if (matcher.test(new SupplierInterest(Set.of(code), Set.of(), Set.of()))) {
                CpvCode covered = opportunity.cpvCodes().stream()
                        .filter(candidate -> candidate.isWithin(code))
                        .findFirst()
                        .orElse(opportunity.mainCpv() == null ? code : opportunity.mainCpv());
                cpv.add(new AlertReasons.CpvMatch(code.value(), covered.value()));
            }
        }
        Set<String> regions = new LinkedHashSet<>();
        for (NutsCode region : interest.nutsCodes()) {
            opportunity.nutsCodes().stream()
                    .filter(place -> place.isWithin(region))
                    .forEach(place -> regions.add(place.value()));
        }
        List<String> keywords = interest.keywords().stream()
                .filter(keyword -> matcher.test(new SupplierInterest(Set.of(), Set.of(), Set.of(keyword))))
                .sorted()
                .toList();
        cpv.sort(java.util.Comparator.comparing(AlertReasons.CpvMatch::interest));
        return new AlertReasons(cpv, List.copyOf(regions), List.of(), keywords);
    }

    private static String title(Opportunity opportunity) {
        LocalizedText title = opportunity.title(BOKMAL);
        String text = title == null ? opportunity.noticeId() : title.text();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private Set<String> alreadyAlerted(UUID opportunity) {
        Set<String> keys = new HashSet<>();
        jdbc.query(
                "select organisation_id, search_id from supplier_alert where opportunity_id = ?",
                rs -> {
                    keys.add(key(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                },
                opportunity);
        return keys;
    }

    private static String key(UUID organisation, @org.jspecify.annotations.Nullable UUID search) {
        return organisation + "/" + search;
    }

    private static Object[] row(
            Opportunity opportunity,
            String title,
            UUID organisation,
            @org.jspecify.annotations.Nullable UUID person,
            @org.jspecify.annotations.Nullable UUID search,
            String matchedName,
            AlertReasons reasons,
            boolean sme,
            boolean newToPublic,
            boolean mail,
            Instant now) {
        return new Object[] {
            UUID.randomUUID(),
            opportunity.id().value(),
            title,
            organisation,
            person,
            search,
            matchedName.length() > 200 ? matchedName.substring(0, 200) : matchedName,
            clip(reasons.cpvColumn(), 2000),
            clip(String.join(" ", reasons.regions()), 1000),
            clip(String.join(",", reasons.keywords()), 1000),
            sme,
            newToPublic,
            mail,
            now.atOffset(ZoneOffset.UTC)
        };
    }

    private static String clip(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private int flushIfFull(List<Object[]> rows) {
        return rows.size() >= BATCH ? flush(rows) : 0;
    }

    private int flush(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate(INSERT, rows);
        int written = rows.size();
        rows.clear();
        return written;
    }
}
