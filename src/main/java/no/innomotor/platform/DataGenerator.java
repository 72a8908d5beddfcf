package no.innomotor.platform;

import jakarta.persistence.EntityManagerFactory;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.shared.generation.BulkTable;
import no.innomotor.shared.generation.DataGeneration;
import no.innomotor.shared.generation.DataGeneratorContributor;
import no.innomotor.shared.generation.GeneratedOrganisation;
import no.innomotor.shared.generation.GeneratedPerson;
import no.innomotor.shared.generation.GeneratedProject;
import no.innomotor.shared.generation.Progress;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a national dataset into the configured database: every module's {@link DataGeneratorContributor} in
 * order (organisations and people, projects, notices, …), each with random numbers of its own derived from the seed,
 * writing through one bulk writer; then the search indexes are built once (Hibernate Search mass indexing) and the
 * generation is recorded once in the audit trail. A database that already holds a generated dataset is refused, so
 * two seeds are never mixed.
 */
@Component
class DataGenerator {

    /** The demo organisations' numbers: a generated dataset leaves them free for the demo data. */
    static final Set<String> DEMO_ORG_NUMBERS = DemoData.ORG_NUMBERS;

    /** The demo people's e-mail domains (DemoAccounts and the demo authors). */
    static final Set<String> DEMO_EMAIL_DOMAINS = Set.of(
            "innomotor.no",
            "baerum.kommune.no",
            "trondheim.kommune.no",
            "fjordvik.kommune.no",
            "vlfk.no",
            "vegvesen.no",
            "sensorlab.no",
            "lup.no",
            "innovasjonnorge.no",
            "nho.no",
            "dfo.no");

    private final List<DataGeneratorContributor> contributors;
    private final DataSource dataSource;
    private final EntityManagerFactory entityManagerFactory;
    private final AuditManagement audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DataGenerator(
            List<DataGeneratorContributor> contributors,
            DataSource dataSource,
            EntityManagerFactory entityManagerFactory,
            AuditManagement audit,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock) {
        this.contributors = contributors;
        this.dataSource = dataSource;
        this.entityManagerFactory = entityManagerFactory;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What a run made: counts per kind of row, all rows, the time taken, and accounts to sign in with. */
    record Result(
            Map<String, Long> counts,
            long rows,
            double seconds,
            double indexSeconds,
            String method,
            Map<String, String> accounts) {

        long count(String kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    /** The audit record of an earlier generation in this database, if there is one. */
    Optional<AuditEntry> earlierGeneration() {
        return audit
                .search(
                        new AuditManagement.Filter(null, null, null, null, null, null, null, DatasetGenerated.ACTION),
                        0,
                        1)
                .stream()
                .findFirst();
    }

    /** Where the contributors' rows go: the bulk writer, or a test's recorder. */
    interface Sink {
        BulkTable table(String name, String... columns);
    }

    /** What the contributors made, as later contributors saw it. */
    record Contributed(
            List<GeneratedOrganisation> organisations,
            List<GeneratedPerson> people,
            Map<String, Long> counts,
            Map<String, String> accounts) {}

    /** Runs every contributor in order into {@code sink}: nothing is indexed or recorded. */
    Contributed contribute(double scale, long seed, Sink sink, GenerationProgress progress) {
        Shared shared = new Shared(scale, seed, clock.instant().truncatedTo(ChronoUnit.DAYS), progress, sink);
        for (DataGeneratorContributor contributor : contributors) {
            contributor.generate(new Generation(shared, contributor.name()));
        }
        return new Contributed(
                List.copyOf(shared.organisations),
                List.copyOf(shared.people),
                progress.counts(),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shared.accounts)));
    }

    Result generate(double scale, long seed, PrintStream err, boolean terminal) {
        long started = System.nanoTime();
        GenerationProgress progress = new GenerationProgress(err, terminal);
        String method;
        long rows;
        Contributed contributed;
        try (BulkWriter writer = new BulkWriter(dataSource)) {
            method = writer.method();
            contributed = contribute(scale, seed, writer::table, progress);
            writer.flush();
            rows = writer.rows();
        } catch (SQLException e) {
            throw new IllegalStateException("No connection for the generated rows: " + e.getMessage(), e);
        }
        long indexStarted = System.nanoTime();
        buildSearchIndexes(progress.start("search index", 0));
        double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
        Map<String, Long> counts = progress.counts();
        transaction.executeWithoutResult(status -> events.publishEvent(new DatasetGenerated(
                BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString(),
                seed,
                counts.getOrDefault("organisations", 0L),
                counts.getOrDefault("people", 0L),
                counts.getOrDefault("projects", 0L),
                counts.getOrDefault("opportunities", 0L),
                rows)));
        return new Result(
                counts, rows, (System.nanoTime() - started) / 1e9, indexSeconds, method, contributed.accounts());
    }

    /** Every indexed entity (projects, opportunities, …) from the database, once, with progress. */
    private void buildSearchIndexes(Progress progress) {
        try {
            Search.mapping(entityManagerFactory)
                    .scope(Object.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(100)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            progress.advance(increment);
                        }

                        @Override
                        public void documentsBuilt(long increment) {}

                        @Override
                        public void entitiesLoaded(long increment) {}

                        @Override
                        public void indexingCompleted() {}
                    })
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building the search indexes", e);
        }
        progress.done();
    }

    /** What every contributor of one run shares. */
    private static final class Shared {
        final double scale;
        final long seed;
        final Instant now;
        final GenerationProgress progress;
        final List<GeneratedOrganisation> organisations = new ArrayList<>();
        final List<GeneratedPerson> people = new ArrayList<>();
        final List<GeneratedProject> projects = new ArrayList<>();
        final Map<String, String> accounts = new LinkedHashMap<>();
        final Sink sink;

        Shared(double scale, long seed, Instant now, GenerationProgress progress, Sink sink) {
            this.scale = scale;
            this.seed = seed;
            this.now = now;
            this.progress = progress;
            this.sink = sink;
        }
    }

    /** One contributor's view of the run: the shared state and random numbers of its own. */
    static final class Generation implements DataGeneration {

        private final Shared shared;
        private final RandomGenerator random;

        private Generation(Shared shared, String contributor) {
            this.shared = shared;
            this.random = new SplittableRandom(seedFor(shared.seed, contributor));
        }

        /** The seed of one contributor: the run's seed mixed with its name, so each contributor's data stands alone. */
        static long seedFor(long seed, String contributor) {
            long h = seed * 0x9E3779B97F4A7C15L + contributor.hashCode();
            h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
            h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
            return h ^ (h >>> 33);
        }

        @Override
        public double scale() {
            return shared.scale;
        }

        @Override
        public long seed() {
            return shared.seed;
        }

        @Override
        public Instant now() {
            return shared.now;
        }

        @Override
        public RandomGenerator random() {
            return random;
        }

        @Override
        public BulkTable table(String name, String... columns) {
            return shared.sink.table(name, columns);
        }

        @Override
        public Progress progress(String kind, long expected) {
            return shared.progress.start(kind, expected);
        }

        @Override
        public List<GeneratedOrganisation> organisations() {
            return java.util.Collections.unmodifiableList(shared.organisations);
        }

        @Override
        public List<GeneratedPerson> people() {
            return java.util.Collections.unmodifiableList(shared.people);
        }

        @Override
        public List<GeneratedProject> projects() {
            return java.util.Collections.unmodifiableList(shared.projects);
        }

        @Override
        public void add(GeneratedProject project) {
            shared.projects.add(project);
        }

        @Override
        public void add(GeneratedOrganisation organisation) {
            shared.organisations.add(organisation);
        }

        @Override
        public void add(GeneratedPerson person) {
            shared.people.add(person);
        }

        @Override
        public Set<String> reservedOrgNumbers() {
            return DEMO_ORG_NUMBERS;
        }

        @Override
        public Set<String> reservedEmailDomains() {
            return DEMO_EMAIL_DOMAINS;
        }

        @Override
        public String password() {
            return DemoAccounts.PASSWORD;
        }

        @Override
        public void account(String email, String description) {
            shared.accounts.putIfAbsent(email, description);
        }
    }
}
