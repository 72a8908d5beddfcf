package no.innomotor.suppliers.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.SizeClass;
import no.innomotor.suppliers.SupplierFilter;
import org.jspecify.annotations.Nullable;

/** The directory's filters as they come in the URL (GET, so a filtered page can be linked to). */
public class DirectoryQuery {

    @Size(max = 12, message = "{suppliers.directory.cpv.invalid}")
    private @Nullable String cpv;

    @Size(max = 5, message = "{suppliers.directory.region.invalid}")
    private @Nullable String region;

    private @Nullable SizeClass size;

    private boolean newToPublic;

    @Size(max = 200, message = "{suppliers.directory.text.tooLong}")
    private @Nullable String q;

    @Min(value = 0, message = "{suppliers.directory.page.invalid}")
    @Max(value = 10_000, message = "{suppliers.directory.page.invalid}")
    private int page;

    SupplierFilter filter() {
        return new SupplierFilter(
                cpv == null || cpv.isBlank() ? null : CpvCode.parse(cpv).orElse(null),
                region == null || region.isBlank()
                        ? null
                        : NutsCode.parse(region).orElse(null),
                size,
                newToPublic,
                q);
    }

    String pageUrl(int number) {
        List<String> parts = new ArrayList<>();
        add(parts, "cpv", cpv);
        add(parts, "region", region);
        add(parts, "size", size == null ? null : size.name());
        if (newToPublic) {
            parts.add("newToPublic=true");
        }
        add(parts, "q", q);
        parts.add("page=" + number);
        return "/suppliers?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public @Nullable String getCpv() {
        return cpv;
    }

    public void setCpv(@Nullable String cpv) {
        this.cpv = cpv;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    public @Nullable SizeClass getSize() {
        return size;
    }

    public void setSize(@Nullable SizeClass size) {
        this.size = size;
    }

    public boolean isNewToPublic() {
        return newToPublic;
    }

    public void setNewToPublic(boolean newToPublic) {
        this.newToPublic = newToPublic;
    }

    public @Nullable String getQ() {
        return q;
    }

    public void setQ(@Nullable String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
