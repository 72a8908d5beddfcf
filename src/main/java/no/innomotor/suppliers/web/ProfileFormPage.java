package no.innomotor.suppliers.web;

import java.util.List;
import no.innomotor.notices.NutsRegion;
import no.innomotor.suppliers.CompanyChoice;
import org.springframework.validation.Errors;

/**
 * The supplier profile form (suppliers/profileForm.jte): the company it is for and the others the person writes for,
 * the form with its errors, the regions to choose among, whether the company has a profile yet, and whether someone
 * else saved first.
 */
public record ProfileFormPage(
        CompanyChoice company,
        List<CompanyChoice> companies,
        ProfileForm form,
        Errors errors,
        List<NutsRegion> regions,
        boolean conflict) {

    static final String TEMPLATE = "suppliers/profileForm";

    public ProfileFormPage {
        companies = List.copyOf(companies);
        regions = List.copyOf(regions);
    }

    ProfileFormPage conflicted() {
        return new ProfileFormPage(company, companies, form, errors, regions, true);
    }
}
