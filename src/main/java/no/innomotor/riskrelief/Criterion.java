package no.innomotor.riskrelief;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One criterion of a scheme, with its weight in per cent; a scheme's weights add up to 100. */
@Embeddable
class Criterion {

    @Column(name = "id", nullable = false)
    private UUID id;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false)
    private int weight;

    protected Criterion() {}

    Criterion(UUID id, String name, int weight) {
        this.id = id;
        this.name = name;
        this.weight = weight;
    }

    CriterionView view() {
        return new CriterionView(id.toString(), name, weight);
    }

    UUID id() {
        return id;
    }

    int weight() {
        return weight;
    }
}
