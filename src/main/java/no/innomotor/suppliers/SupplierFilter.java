package no.innomotor.suppliers;

import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * The directory's filters; a null part does not narrow. {@code cpv} finds the companies offering the code or one
 * below it, {@code region} those serving a region inside it (or all of the country it lies in).
 */
public record SupplierFilter(
        @Nullable CpvCode cpv,
        @Nullable NutsCode region,
        @Nullable SizeClass size,
        boolean newToPublicSector,
        @Nullable String text) {

    public SupplierFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static SupplierFilter none() {
        return new SupplierFilter(null, null, null, false, null);
    }
}
