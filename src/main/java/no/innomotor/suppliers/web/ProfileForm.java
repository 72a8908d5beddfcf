package no.innomotor.suppliers.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.ContactPerson;
import no.innomotor.suppliers.ProfileFacts;
import no.innomotor.suppliers.SupplierProfileView;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The supplier profile form, as typed. Check boxes left unticked are not sent, so every flag starts false. */
public class ProfileForm {

    static final int CONTACT_ROWS = 3;
    static final int MAX_TEXT = 4_000;

    private @Nullable UUID company;

    private long version;

    @NotBlank(message = "{suppliers.form.employees.required}")
    @Pattern(regexp = "\\s*\\d{1,7}\\s*", message = "{suppliers.form.employees.invalid}")
    private @Nullable String employees;

    @Pattern(regexp = "\\s*(\\d{4})?\\s*", message = "{suppliers.form.founded.invalid}")
    private @Nullable String foundedYear;

    @NotBlank(message = "{suppliers.form.competences.required}")
    @Size(max = 1_000, message = "{suppliers.form.competences.tooLong}")
    private @Nullable String competences;

    private List<String> regions = new ArrayList<>();

    @Size(max = 1_000, message = "{suppliers.form.keywords.tooLong}")
    private @Nullable String keywords;

    @NotBlank(message = "{suppliers.form.pitch.required}")
    @Size(max = 2_000, message = "{suppliers.form.pitch.tooLong}")
    private @Nullable String pitch;

    @Size(max = MAX_TEXT, message = "{suppliers.form.text.tooLong}")
    private @Nullable String references;

    @Valid
    private List<ContactForm> contacts = new ArrayList<>();

    private boolean soldToPublicSector;

    @Size(max = MAX_TEXT, message = "{suppliers.form.text.tooLong}")
    private @Nullable String targetMarkets;

    @Size(max = MAX_TEXT, message = "{suppliers.form.text.tooLong}")
    private @Nullable String threeYearGoal;

    @Size(max = MAX_TEXT, message = "{suppliers.form.text.tooLong}")
    private @Nullable String helpWanted;

    private boolean listed;
    private boolean contactsVisible;
    private boolean referencesVisible;
    private boolean growthVisible;

    /** A new profile: listed, contacts and references shown, growth ambitions kept to the company. */
    static ProfileForm fresh(UUID company) {
        ProfileForm form = new ProfileForm();
        form.company = company;
        form.listed = true;
        form.contactsVisible = true;
        form.referencesVisible = true;
        form.padContacts();
        return form;
    }

    static ProfileForm of(UUID company, SupplierProfileView profile) {
        ProfileForm form = new ProfileForm();
        var listing = profile.listing();
        form.company = company;
        form.version = profile.version();
        form.employees = String.valueOf(listing.employees());
        form.foundedYear = listing.foundedYear() == null ? "" : String.valueOf(listing.foundedYear());
        form.competences = String.join(", ", listing.competences());
        form.regions = new ArrayList<>(listing.regions());
        form.keywords = String.join(", ", listing.keywords());
        form.pitch = listing.pitch();
        form.references = profile.references();
        form.contacts =
                new ArrayList<>(profile.contacts().stream().map(ContactForm::of).toList());
        form.soldToPublicSector = listing.soldToPublicSector();
        form.targetMarkets = profile.growth().targetMarkets();
        form.threeYearGoal = profile.growth().threeYearGoal();
        form.helpWanted = profile.growth().helpWanted();
        form.listed = profile.visibility().listed();
        form.contactsVisible = profile.visibility().contacts();
        form.referencesVisible = profile.visibility().references();
        form.growthVisible = profile.visibility().growth();
        form.padContacts();
        return form;
    }

    /** Empty rows up to {@link #CONTACT_ROWS}, so the form always offers them. */
    void padContacts() {
        while (contacts.size() < CONTACT_ROWS) {
            contacts.add(new ContactForm());
        }
        if (contacts.size() > CONTACT_ROWS) {
            contacts = new ArrayList<>(contacts.subList(0, CONTACT_ROWS));
        }
    }

    /** The facts, with the checks annotations cannot make as errors next to their fields; null when any failed. */
    @Nullable
    ProfileFacts facts(Errors errors) {
        List<CpvCode> cpv = Codes.cpv(competences, "competences", errors);
        List<NutsCode> nuts = Codes.nuts(regions);
        if (!errors.hasFieldErrors("regions") && nuts.isEmpty()) {
            errors.rejectValue("regions", "suppliers.form.regions.required");
        }
        List<String> words = Codes.keywords(keywords);
        if (!errors.hasFieldErrors("keywords") && words.size() > 20) {
            errors.rejectValue("keywords", "suppliers.form.keywords.tooMany");
        }
        if (!errors.hasFieldErrors("competences") && cpv.size() > 30) {
            errors.rejectValue("competences", "suppliers.form.competences.tooMany");
        }
        Integer founded = null;
        if (!errors.hasFieldErrors("foundedYear") && foundedYear != null && !foundedYear.isBlank()) {
            founded = Integer.valueOf(foundedYear.strip());
            if (founded < 1800 || founded > Year.now(NorwegianTime.ZONE).getValue()) {
                errors.rejectValue("foundedYear", "suppliers.form.founded.invalid");
            }
        }
        List<ContactPerson> people = new ArrayList<>();
        for (int i = 0; i < contacts.size() && i < CONTACT_ROWS; i++) {
            ContactForm contact = contacts.get(i);
            if (contact.isEmpty()) {
                continue;
            }
            if (contact.getName() == null || contact.getName().isBlank()) {
                errors.rejectValue("contacts[" + i + "].name", "suppliers.form.contact.name.required");
            }
            if (contact.getEmail() == null || contact.getEmail().isBlank()) {
                errors.rejectValue("contacts[" + i + "].email", "suppliers.form.contact.email.required");
            }
            people.add(contact.toRecord());
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProfileFacts(
                Integer.parseInt(java.util.Objects.requireNonNull(employees).strip()),
                founded,
                cpv,
                nuts,
                words,
                text(pitch),
                text(references),
                people,
                soldToPublicSector,
                text(targetMarkets),
                text(threeYearGoal),
                text(helpWanted),
                new ProfileFacts.Visibility(listed, contactsVisible, referencesVisible, growthVisible));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** One contact person's row. */
    public static class ContactForm {

        @Size(max = 200, message = "{suppliers.form.contact.tooLong}")
        private @Nullable String name;

        @Size(max = 200, message = "{suppliers.form.contact.tooLong}")
        private @Nullable String role;

        @Email(message = "{suppliers.form.contact.email.invalid}")
        @Size(max = 320, message = "{suppliers.form.contact.tooLong}")
        private @Nullable String email;

        @Pattern(regexp = "[0-9 +()-]{0,40}", message = "{suppliers.form.contact.phone.invalid}")
        private @Nullable String phone;

        static ContactForm of(ContactPerson person) {
            ContactForm form = new ContactForm();
            form.name = person.name();
            form.role = person.role();
            form.email = person.email();
            form.phone = person.phone();
            return form;
        }

        boolean isEmpty() {
            return blank(name) && blank(role) && blank(email) && blank(phone);
        }

        ContactPerson toRecord() {
            return new ContactPerson(text(name), text(role), text(email), text(phone));
        }

        private static boolean blank(@Nullable String value) {
            return value == null || value.isBlank();
        }

        public @Nullable String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name;
        }

        public @Nullable String getRole() {
            return role;
        }

        public void setRole(@Nullable String role) {
            this.role = role;
        }

        public @Nullable String getEmail() {
            return email;
        }

        public void setEmail(@Nullable String email) {
            this.email = email;
        }

        public @Nullable String getPhone() {
            return phone;
        }

        public void setPhone(@Nullable String phone) {
            this.phone = phone;
        }
    }

    public @Nullable UUID getCompany() {
        return company;
    }

    public void setCompany(@Nullable UUID company) {
        this.company = company;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public @Nullable String getEmployees() {
        return employees;
    }

    public void setEmployees(@Nullable String employees) {
        this.employees = employees;
    }

    public @Nullable String getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(@Nullable String foundedYear) {
        this.foundedYear = foundedYear;
    }

    public @Nullable String getCompetences() {
        return competences;
    }

    public void setCompetences(@Nullable String competences) {
        this.competences = competences;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public boolean servesRegion(String code) {
        return regions.contains(code);
    }

    public @Nullable String getKeywords() {
        return keywords;
    }

    public void setKeywords(@Nullable String keywords) {
        this.keywords = keywords;
    }

    public @Nullable String getPitch() {
        return pitch;
    }

    public void setPitch(@Nullable String pitch) {
        this.pitch = pitch;
    }

    public @Nullable String getReferences() {
        return references;
    }

    public void setReferences(@Nullable String references) {
        this.references = references;
    }

    public List<ContactForm> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactForm> contacts) {
        this.contacts = contacts == null ? new ArrayList<>() : new ArrayList<>(contacts);
    }

    public boolean isSoldToPublicSector() {
        return soldToPublicSector;
    }

    public void setSoldToPublicSector(boolean soldToPublicSector) {
        this.soldToPublicSector = soldToPublicSector;
    }

    public @Nullable String getTargetMarkets() {
        return targetMarkets;
    }

    public void setTargetMarkets(@Nullable String targetMarkets) {
        this.targetMarkets = targetMarkets;
    }

    public @Nullable String getThreeYearGoal() {
        return threeYearGoal;
    }

    public void setThreeYearGoal(@Nullable String threeYearGoal) {
        this.threeYearGoal = threeYearGoal;
    }

    public @Nullable String getHelpWanted() {
        return helpWanted;
    }

    public void setHelpWanted(@Nullable String helpWanted) {
        this.helpWanted = helpWanted;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }

    public boolean isContactsVisible() {
        return contactsVisible;
    }

    public void setContactsVisible(boolean contactsVisible) {
        this.contactsVisible = contactsVisible;
    }

    public boolean isReferencesVisible() {
        return referencesVisible;
    }

    public void setReferencesVisible(boolean referencesVisible) {
        this.referencesVisible = referencesVisible;
    }

    public boolean isGrowthVisible() {
        return growthVisible;
    }

    public void setGrowthVisible(boolean growthVisible) {
        this.growthVisible = growthVisible;
    }
}
