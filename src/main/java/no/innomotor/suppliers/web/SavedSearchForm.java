package no.innomotor.suppliers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.SavedSearchView;
import no.innomotor.suppliers.SearchCriteria;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A saved search as typed: a name, CPV codes, regions, keywords and whether alerts come by mail. */
public class SavedSearchForm {

    @NotBlank(message = "{suppliers.searches.name.required}")
    @Size(max = 200, message = "{suppliers.searches.name.tooLong}")
    private @Nullable String name;

    @Size(max = 1_000, message = "{suppliers.form.competences.tooLong}")
    private @Nullable String cpvCodes;

    private List<String> regions = new ArrayList<>();

    @Size(max = 1_000, message = "{suppliers.form.keywords.tooLong}")
    private @Nullable String keywords;

    private boolean mail;

    private long version;

    static SavedSearchForm fresh() {
        SavedSearchForm form = new SavedSearchForm();
        form.mail = true;
        return form;
    }

    static SavedSearchForm of(SavedSearchView search) {
        SavedSearchForm form = new SavedSearchForm();
        form.name = search.criteria().name();
        form.cpvCodes = String.join(
                ", ", search.criteria().cpvCodes().stream().map(CpvCode::value).toList());
        form.regions = new ArrayList<>(
                search.criteria().regions().stream().map(NutsCode::value).toList());
        form.keywords = String.join(", ", search.criteria().keywords());
        form.mail = search.criteria().mail();
        form.version = search.version();
        return form;
    }

    /** The criteria, or null with errors next to their fields; a search must look for something. */
    @Nullable
    SearchCriteria criteria(Errors errors) {
        List<CpvCode> cpv = Codes.cpv(cpvCodes, "cpvCodes", errors);
        List<NutsCode> nuts = Codes.nuts(regions);
        List<String> words = Codes.keywords(keywords);
        if (!errors.hasFieldErrors("cpvCodes") && cpv.isEmpty() && nuts.isEmpty() && words.isEmpty()) {
            errors.rejectValue("cpvCodes", "suppliers.searches.empty");
        }
        if (!errors.hasFieldErrors("keywords") && words.size() > 20) {
            errors.rejectValue("keywords", "suppliers.form.keywords.tooMany");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new SearchCriteria(java.util.Objects.requireNonNull(name).strip(), cpv, nuts, words, mail);
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable String getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(@Nullable String cpvCodes) {
        this.cpvCodes = cpvCodes;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public boolean coversRegion(String code) {
        return regions.contains(code);
    }

    public @Nullable String getKeywords() {
        return keywords;
    }

    public void setKeywords(@Nullable String keywords) {
        this.keywords = keywords;
    }

    public boolean isMail() {
        return mail;
    }

    public void setMail(boolean mail) {
        this.mail = mail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
