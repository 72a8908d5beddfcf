package no.innomotor.notices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices module's public API: import eForms notices (files, folders, uploads) and read the opportunities they
 * become — the public list with its filters, one opportunity, and the opportunities that match a supplier's interest.
 */
@Service
public class NoticesManagement {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private final NoticeImporter importer;
    private final NoticeImportPipeline pipeline;
    private final NoticeOpportunityRepository opportunities;
    private final NoticeSearch search;
    private final AnnouncementListings listings;
    private final Clock clock;

    NoticesManagement(
            NoticeImporter importer,
            NoticeImportPipeline pipeline,
            NoticeOpportunityRepository opportunities,
            NoticeSearch search,
            AnnouncementListings listings,
            Clock clock) {
        this.listings = listings;
        this.importer = importer;
        this.pipeline = pipeline;
        this.opportunities = opportunities;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Lists an announcement published on the platform as a consultation opportunity, or updates its listing; the
     * caller's transaction stores it, and {@code NoticeEvents.OpportunityListed} says so.
     */
    @Transactional
    public OpportunityId listAnnouncement(ListedAnnouncement announcement) {
        return listings.list(announcement);
    }

    /** The opportunity an announcement of the platform is listed as, by the reference it was listed with. */
    @Transactional(readOnly = true)
    public Optional<OpportunityId> listing(String reference) {
        return listings.find(reference);
    }

    /** Marks a listed announcement's opportunity cancelled (it was withdrawn); an unlisted reference is ignored. */
    @Transactional
    public void cancelListing(String reference, @Nullable PersonId actor) {
        listings.cancel(reference, actor);
    }

    /** Imports one notice; each notice is stored in its own transaction, so one bad file never spoils another. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportOutcome importNotice(String source, byte[] content, @Nullable PersonId actor) {
        return importer.importNotice(source, content, actor);
    }

    /**
     * Imports files and folders (a folder's {@code .xml} files, sub-folders included, in name order), reporting
     * each outcome in that order. Files are read and validated on every core and stored in batches of notices per
     * transaction ({@link NoticeImportPipeline}); the outcomes are those of importing the files one after another.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportSummary importPaths(List<Path> paths, @Nullable PersonId actor, Consumer<ImportOutcome> progress) {
        List<NoticeImportPipeline.Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : files(path)) {
                entries.add(NoticeImportPipeline.Entry.file(file));
            }
            if (!Files.exists(path)) {
                entries.add(NoticeImportPipeline.Entry.known(ImportOutcome.rejected(
                        path.toString(), ImportOutcome.Reason.UNREADABLE, -1, -1, null, "no such file or folder")));
            }
        }
        return new ImportSummary(pipeline.run(entries, actor, progress));
    }

    private static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".xml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The contracts each organisation won, by the imported result notices that name it among the winning tenderers
     * (matched by organisation number), newest first, in one query. An organisation that won none is absent.
     */
    @Transactional(readOnly = true)
    public java.util.Map<no.innomotor.shared.OrgNumber, List<ContractWon>> awardsByOrgNumber(
            java.util.Collection<no.innomotor.shared.OrgNumber> numbers) {
        if (numbers.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<no.innomotor.shared.OrgNumber, List<ContractWon>> won = new java.util.LinkedHashMap<>();
        for (ContractWonRow row : opportunities.contractsWon(numbers.stream()
                .map(no.innomotor.shared.OrgNumber::value)
                .distinct()
                .toList())) {
            won.computeIfAbsent(new no.innomotor.shared.OrgNumber(row.orgNumber()), n -> new java.util.ArrayList<>())
                    .add(new ContractWon(row.orgNumber(), new OpportunityId(row.opportunity()), row.publishedOn()));
        }
        return won;
    }

    @Transactional(readOnly = true)
    public Optional<Opportunity> find(OpportunityId id) {
        return opportunities.findById(id.value()).map(NoticeOpportunity::toRecord);
    }

    /** The opportunities that pass the filter, newest first. */
    @Transactional(readOnly = true)
    public Page<Opportunity> search(OpportunityFilter filter, int page, int size) {
        PageRequest request = request(page, size);
        NoticeSearch.Hits hits =
                search.search(filter, clock.instant(), (int) request.getOffset(), request.getPageSize());
        return new PageImpl<>(hits.items(), request, hits.total());
    }

    /**
     * The opportunities that match a supplier's interest, newest first: the rules of {@link OpportunityMatching}, run
     * as a search, where keywords go through the Norwegian analyzer (so inflected forms match too).
     */
    @Transactional(readOnly = true)
    public Page<Opportunity> matching(SupplierInterest interest, int page, int size) {
        PageRequest request = request(page, size);
        NoticeSearch.Hits hits = search.matching(interest, (int) request.getOffset(), request.getPageSize());
        return new PageImpl<>(hits.items(), request, hits.total());
    }

    @Transactional(readOnly = true)
    public Page<Opportunity> matching(SupplierInterest interest, int page) {
        return matching(interest, page, DEFAULT_PAGE_SIZE);
    }

    @Transactional(readOnly = true)
    public long count() {
        return opportunities.count();
    }

    private static PageRequest request(int page, int size) {
        return PageRequest.of(Math.max(0, Math.min(page, 10_000)), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }
}
