package no.innomotor.knowledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.innomotor.knowledge.SolutionDetails;
import org.jspecify.annotations.Nullable;

/** The solution as its buyers describe it for the catalogue. */
public class SolutionForm {

    @NotBlank(message = "{solutions.form.name.required}")
    @Size(max = SolutionDetails.MAX_NAME, message = "{solutions.form.name.tooLong}")
    private @Nullable String name;

    @NotBlank(message = "{solutions.form.description.required}")
    @Size(max = SolutionDetails.MAX_TEXT, message = "{solutions.form.tooLong}")
    private @Nullable String description;

    @Size(max = SolutionDetails.MAX_NAME, message = "{solutions.form.name.tooLong}")
    private @Nullable String supplier;

    @NotBlank(message = "{solutions.form.contractForm.required}")
    @Size(max = SolutionDetails.MAX_TEXT, message = "{solutions.form.tooLong}")
    private @Nullable String contractForm;

    private long version;

    static SolutionForm of(SolutionDetails details, long version) {
        SolutionForm form = new SolutionForm();
        form.name = details.name();
        form.description = details.description();
        form.supplier = details.supplier();
        form.contractForm = details.contractForm();
        form.version = version;
        return form;
    }

    SolutionDetails toCommand() {
        return new SolutionDetails(
                name == null ? "" : name,
                description == null ? "" : description,
                supplier,
                contractForm == null ? "" : contractForm);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable String getSupplier() {
        return supplier;
    }

    public void setSupplier(@Nullable String supplier) {
        this.supplier = supplier;
    }

    public @Nullable String getContractForm() {
        return contractForm;
    }

    public void setContractForm(@Nullable String contractForm) {
        this.contractForm = contractForm;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
