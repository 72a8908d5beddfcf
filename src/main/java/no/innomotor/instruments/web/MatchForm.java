package no.innomotor.instruments.web;

import java.util.Arrays;
import java.util.List;
import no.innomotor.instruments.Audience;
import no.innomotor.instruments.MatchSubject;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.SizeClass;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * A free description to match: who applies (buyer or supplier side, organisation type, size), where, in which step,
 * for what amount and in which CPV codes, and whether a mandate is signed and a pilot customer found. What is left
 * empty is unknown, and an instrument whose rule needs it is not shown as fitting.
 */
public class MatchForm {

    private @Nullable String side;
    private @Nullable String organisationType;
    private @Nullable String sizeClass;
    private @Nullable String region;
    private @Nullable String step;
    private @Nullable String amount;
    private @Nullable String cpv;
    private boolean signedMandate;
    private boolean pilotCustomer;

    /** Whether the form was sent: the page shows matches only then. */
    boolean sent() {
        return side != null;
    }

    @Nullable
    MatchSubject toSubject(Errors errors) {
        Audience chosenSide = enumValue(Audience.class, side, "side", errors);
        if (chosenSide == null && !errors.hasFieldErrors("side")) {
            errors.rejectValue("side", "instruments.form.required");
        }
        OrganisationType type = enumValue(OrganisationType.class, organisationType, "organisationType", errors);
        SizeClass size = enumValue(SizeClass.class, sizeClass, "sizeClass", errors);
        NutsCode nuts = null;
        if (region != null && !region.isBlank()) {
            nuts = NutsCode.parse(region).orElse(null);
            if (nuts == null) {
                errors.rejectValue("region", "instruments.form.region");
            }
        }
        Integer number = null;
        if (step != null && !step.isBlank()) {
            try {
                number = Integer.parseInt(step.strip());
                if (number < 1 || number > 8) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("step", "instruments.form.choice");
            }
        }
        Long value = null;
        String digits = amount == null
                ? ""
                : amount.replace(" ", "").replace("\u00a0", "").strip();
        if (!digits.isEmpty()) {
            try {
                value = Long.parseLong(digits);
                if (value < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("amount", "instruments.form.whole");
            }
        }
        List<String> codes = cpv == null
                ? List.of()
                : Arrays.stream(cpv.split("[,;\\s]+"))
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
        if (codes.stream().anyMatch(c -> !c.matches("\\d{2,8}(-\\d)?"))) {
            errors.rejectValue("cpv", "instruments.form.cpv");
        }
        if (errors.hasErrors() || chosenSide == null) {
            return null;
        }
        return new MatchSubject(
                chosenSide,
                type,
                size,
                codes,
                nuts == null ? List.of() : List.of(nuts),
                number,
                value,
                signedMandate,
                pilotCustomer);
    }

    private static <E extends Enum<E>> @Nullable E enumValue(
            Class<E> type, @Nullable String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "instruments.form.choice");
            return null;
        }
    }

    public @Nullable String getSide() {
        return side;
    }

    public void setSide(@Nullable String side) {
        this.side = side;
    }

    public @Nullable String getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(@Nullable String organisationType) {
        this.organisationType = organisationType;
    }

    public @Nullable String getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(@Nullable String sizeClass) {
        this.sizeClass = sizeClass;
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = region;
    }

    public @Nullable String getStep() {
        return step;
    }

    public void setStep(@Nullable String step) {
        this.step = step;
    }

    public @Nullable String getAmount() {
        return amount;
    }

    public void setAmount(@Nullable String amount) {
        this.amount = amount;
    }

    public @Nullable String getCpv() {
        return cpv;
    }

    public void setCpv(@Nullable String cpv) {
        this.cpv = cpv;
    }

    public boolean isSignedMandate() {
        return signedMandate;
    }

    public void setSignedMandate(boolean signedMandate) {
        this.signedMandate = signedMandate;
    }

    public boolean isPilotCustomer() {
        return pilotCustomer;
    }

    public void setPilotCustomer(boolean pilotCustomer) {
        this.pilotCustomer = pilotCustomer;
    }
}
