package no.innomotor.shared.generation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * What a contributor gets from the platform while a dataset is generated: the scale, its own random numbers
 * (derived from the seed and its name), a bulk writer per table, progress reporting, and what earlier contributors
 * made.
 */
public interface DataGeneration {

    /** The size of the dataset: 1 is the whole country, 10 for benchmarks, 0.01 for tests. */
    double scale();

    long seed();

    /** The moment the generation is counted from, the same for every contributor: dates lie before and after it. */
    Instant now();

    /** This contributor's random numbers; the same seed gives the same sequence. */
    RandomGenerator random();

    /** A random (version 4) UUID from {@link #random()}, so ids too are the same for the same seed. */
    default UUID uuid() {
        long most = (random().nextLong() & ~0xF000L) | 0x4000L;
        long least = (random().nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(most, least);
    }

    /** A national count scaled, never below {@code minimum}. */
    default int scaled(int national, int minimum) {
        return (int) Math.max(minimum, Math.round(national * scale()));
    }

    /**
     * A bulk writer for one table. Rows are buffered and written in batches (COPY on PostgreSQL, JDBC batches
     * elsewhere), tables in the order they were first opened: open a parent table before the tables that reference it.
     */
    BulkTable table(String name, String... columns);

    /** Reports progress of one kind of row on standard error; its final count goes into the summary. */
    Progress progress(String kind, long expected);

    /** Organisations made so far by earlier contributors, in the order they were made. */
    List<GeneratedOrganisation> organisations();

    /** People made so far by earlier contributors, one entry per role held. */
    List<GeneratedPerson> people();

    /** Projects made so far by earlier contributors, in the order they were made. */
    List<GeneratedProject> projects();

    void add(GeneratedOrganisation organisation);

    void add(GeneratedPerson person);

    void add(GeneratedProject project);

    /**
     * Organisation numbers and e-mail domains a generated dataset must leave free, so the demo data can still be
     * loaded into the same database.
     */
    Set<String> reservedOrgNumbers();

    Set<String> reservedEmailDomains();

    /** The password every generated person signs in with (the demo password); hash it once, not per person. */
    String password();

    /** An account one can sign in with, named in the command's closing summary. */
    void account(String email, String description);
}
