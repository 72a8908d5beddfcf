package no.innomotor.instruments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the catalogue shows: the published instruments (filtered, a page at a time), one instrument as its reader may
 * see it, and the keepers' list. The catalogue is national in scale (a couple of hundred schemes), so a list reads
 * the latest versions once and filters them in memory.
 */
@Service
@Transactional(readOnly = true)
public class InstrumentQueries {

    public static final int MAX_PAGE_SIZE = 100;

    /** Published versions kept read; well above a national catalogue, so only a catalogue past it reads again. */
    static final int KEPT_VERSIONS = 20_000;

    private final Map<UUID, PublishedInstrument> readVersions = new java.util.concurrent.ConcurrentHashMap<>();

    private final InstrumentRepository instruments;
    private final InstrumentVersionRepository versions;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    InstrumentQueries(
            InstrumentRepository instruments,
            InstrumentVersionRepository versions,
            OrganisationsManagement organisations,
            Clock clock) {
        this.instruments = instruments;
        this.versions = versions;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Every published instrument (its latest version), by name. A published version is never changed, so its read
     * form is kept by the version's id: each call asks the database only which versions are the latest, and reads
     * the content of those it has not seen. Correct on any number of nodes, since no kept entry can go stale.
     */
    public List<PublishedInstrument> published() {
        List<UUID> latest = versions.latestIds();
        List<UUID> unread =
                latest.stream().filter(id -> !readVersions.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            if (readVersions.size() + unread.size() > KEPT_VERSIONS) {
                readVersions.clear();
            }
            versions.findAllById(unread).forEach(v -> readVersions.put(v.id(), v.view()));
        }
        List<PublishedInstrument> published = new ArrayList<>(latest.size());
        for (UUID id : latest) {
            PublishedInstrument instrument = readVersions.get(id);
            if (instrument != null) {
                published.add(instrument);
            }
        }
        return published;
    }

    public List<PublishedInstrument> published(CatalogueFilter filter) {
        return published().stream().filter(filter::admits).toList();
    }

    public CataloguePage page(CatalogueFilter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int index = Math.max(0, page);
        List<PublishedInstrument> all = published(filter);
        int from = Math.min(all.size(), index * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        return new CataloguePage(all.subList(from, to), all.size(), index, pageSize);
    }

    /** The latest published version; a draft or an unknown id is not found. */
    public PublishedInstrument publishedInstrument(InstrumentId id) {
        return versions.latest(id.value()).map(InstrumentVersion::view).orElseThrow(() -> new InstrumentNotFound(id));
    }

    /** The actors that publish at least one instrument, for the catalogue's filter. */
    public Map<OrganisationId, String> actors() {
        Map<OrganisationId, String> actors = new LinkedHashMap<>();
        published().stream()
                .sorted(Comparator.comparing(PublishedInstrument::ownerName))
                .forEach(p -> actors.putIfAbsent(p.owner(), p.ownerName()));
        return actors;
    }

    /**
     * The instrument as this person may see it: its editors see the working copy, everyone else the published
     * version; a draft is not found for anyone but its editors.
     */
    public InstrumentView view(InstrumentId id, @Nullable CurrentUser user) {
        Instrument instrument = instruments.findById(id.value()).orElseThrow(() -> new InstrumentNotFound(id));
        InstrumentVersion latest = versions.latest(id.value()).orElse(null);
        PublishedInstrument published = latest == null ? null : latest.view();
        boolean editor = InstrumentAccess.mayEdit(user, instrument.owner());
        if (!editor && published == null) {
            throw new InstrumentNotFound(id);
        }
        boolean changes = latest == null || !latest.contentJson().equals(instrument.contentJson());
        return new InstrumentView(
                instrument.id(),
                instrument.owner(),
                instrument.ownerName(),
                editor ? instrument.content() : published.content(),
                published,
                editor,
                changes,
                editor,
                InstrumentAccess.owns(user, instrument.owner()),
                instrument.changedAt(),
                instrument.version());
    }

    /** The working copy for its editors: not found for anyone else. */
    public InstrumentView editable(InstrumentId id, CurrentUser user) {
        InstrumentView view = view(id, user);
        if (!view.canEdit()) {
            throw new InstrumentNotFound(id);
        }
        return view;
    }

    /** The approved instrument actors where the person may add instruments. */
    public List<OrganisationSummary> ownerChoices(CurrentUser user) {
        List<OrganisationSummary> choices = new ArrayList<>();
        for (OrganisationId id : InstrumentAccess.actorOrganisations(user)) {
            organisations
                    .find(id)
                    .filter(o -> o.type() == OrganisationType.INSTRUMENT_ACTOR && o.approved())
                    .ifPresent(choices::add);
        }
        return choices;
    }

    /**
     * The instruments the person keeps: an actor's people their organisations' instruments, an adviser every
     * instrument; those needing attention (a draft, changes not published, every call closed) first.
     */
    public List<ManagedInstrument> kept(CurrentUser user) {
        List<Instrument> kept = InstrumentAccess.adviser(user)
                ? instruments.findAllByOrderByName()
                : instruments.findByOwnerIdInOrderByName(InstrumentAccess.actorOrganisations(user).stream()
                        .map(OrganisationId::value)
                        .toList());
        if (kept.isEmpty()) {
            return List.of();
        }
        Map<UUID, InstrumentVersion> latest = new HashMap<>();
        versions.latest(kept.stream().map(i -> i.id().value()).toList())
                .forEach(v -> latest.put(v.instrument().value(), v));
        LocalDate today = NorwegianTime.today(clock);
        return kept.stream()
                .map(instrument -> {
                    InstrumentVersion version = latest.get(instrument.id().value());
                    InstrumentContent content = instrument.content();
                    InstrumentContent shown = version == null ? content : InstrumentJson.read(version.contentJson());
                    return new ManagedInstrument(
                            instrument.id(),
                            instrument.name(),
                            instrument.owner(),
                            instrument.ownerName(),
                            content.kind(),
                            instrument.publishedNumber(),
                            version != null && !version.contentJson().equals(instrument.contentJson()),
                            version != null && shown.callsClosed(today),
                            shown.nextDeadline(today));
                })
                .sorted(Comparator.comparing((ManagedInstrument m) -> !m.needsAttention())
                        .thenComparing(ManagedInstrument::name))
                .toList();
    }
}
