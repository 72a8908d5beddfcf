package no.innomotor.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * A solution as its buyers describe it for others: its name, what it does, the supplier when the contract is public,
 * and the contract form another buyer can use.
 */
public record SolutionDetails(
        String name, String description, @Nullable String supplier, String contractForm) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 4_000;

    public SolutionDetails {
        name = name.strip();
        description = description.strip();
        supplier = supplier == null || supplier.isBlank() ? null : supplier.strip();
        contractForm = contractForm.strip();
    }
}
