package no.innomotor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StoredRecordTests {

    record Part(String name, @Nullable Money value) {}

    record Whole(
            UUID id,
            RoadmapStep step,
            Money money,
            CpvCode cpv,
            Set<NutsCode> regions,
            Map<String, String> titles,
            List<Part> parts,
            @Nullable Instant deadline,
            LocalDate day,
            boolean flag) {}

    record WholeWithPartOfAnotherShape(UUID id, List<OtherPart> parts) {}

    record OtherPart(String name, long value) {}

    record WholeWithSamePartsOfTheSameShape(UUID id, List<OtherPartAgain> parts) {}

    record OtherPartAgain(String name, long value) {}

    private static Whole whole() {
        return new Whole(
                UUID.randomUUID(),
                RoadmapStep.of(3),
                Money.nok(2_500_000),
                CpvCode.of("72212000"),
                Set.of(NutsCode.of("NO081"), NutsCode.of("NO0")),
                Map.of("NOR", "Smart vintervedlikehold", "ENG", "Smart winter maintenance"),
                List.of(
                        new Part("Del 1", Money.of(new java.math.BigDecimal("1250.50"), "EUR")),
                        new Part("Del 2", null)),
                null,
                LocalDate.of(2026, 12, 4),
                true);
    }

    @Test
    void aRecordReadsBackEqualToWhatWasWritten() {
        StoredRecord<Whole> stored = StoredRecord.of(Whole.class);
        Whole whole = whole();

        assertThat(stored.read(stored.write(whole))).contains(whole);
    }

    @Test
    void nothingOrSomethingUnreadableReadsAsEmptySoTheCallerLoadsItFromTheDatabase() {
        StoredRecord<Whole> stored = StoredRecord.of(Whole.class);

        assertThat(stored.read(null)).isEmpty();
        assertThat(stored.read("")).isEmpty();
        assertThat(stored.read("{\"id\": \"not a uuid\"}")).isEmpty();
        assertThat(stored.read("[1, 2")).isEmpty();
    }

    @Test
    void theShapeFollowsTheComponentsAndTheRecordsInsideThem() {
        String shape = StoredRecord.of(Whole.class).shape();

        assertThat(shape).hasSize(16).isEqualTo(StoredRecord.of(Whole.class).shape());
        assertThat(StoredRecord.of(WholeWithPartOfAnotherShape.class).shape())
                .isNotEqualTo(shape)
                .isNotEqualTo(
                        StoredRecord.of(WholeWithSamePartsOfTheSameShape.class).shape());
    }

    @Test
    void readAllKeepsTheHitsOrderAndLoadsWhatCannotBeReadInOneCall() {
        StoredRecord<Part> stored = StoredRecord.of(Part.class);
        UUID readable = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID unreadable = UUID.randomUUID();
        List<List<UUID>> loads = new java.util.ArrayList<>();

        List<Part> parts = stored.readAll(
                List.of(
                        new StoredRecord.Hit(older, null),
                        new StoredRecord.Hit(readable, stored.write(new Part("Lest", null))),
                        new StoredRecord.Hit(gone, null),
                        new StoredRecord.Hit(unreadable, "{\"name\": [")),
                ids -> {
                    loads.add(ids);
                    return Map.of(older, new Part("Lastet", null), unreadable, new Part("Lastet igjen", null));
                });

        assertThat(parts).extracting(Part::name).containsExactly("Lastet", "Lest", "Lastet igjen");
        assertThat(loads).containsExactly(List.of(older, gone, unreadable));
    }
}
