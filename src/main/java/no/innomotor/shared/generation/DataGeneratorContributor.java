package no.innomotor.shared.generation;

/**
 * A module's share of a generated national dataset (the {@code data generate} command). The platform calls every
 * contributor once, in {@code @Order}: organisations and people first, then projects, then notices, then the modules
 * that build on them. A contributor writes its own tables through {@link DataGeneration#table} exactly as its
 * entities would be stored, and publishes what later contributors need (organisations, people) in shared types only.
 */
public interface DataGeneratorContributor {

    /**
     * A short, stable name (the module's): it derives this contributor's random numbers from the seed, so adding a
     * contributor never changes what the others generate, and it names the contributor in the summary.
     */
    String name();

    void generate(DataGeneration generation);
}
