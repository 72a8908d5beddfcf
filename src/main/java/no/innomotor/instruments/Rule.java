package no.innomotor.instruments;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One eligibility rule as data: its code, the values it admits (codes as strings) or, for an amount, its bounds.
 * An instrument's rules are read from its {@link Eligibility}: only what it restricts becomes a rule.
 */
public record Rule(
        RuleCode code,
        List<String> values,
        @Nullable Long min,
        @Nullable Long max) {

    public Rule {
        values = List.copyOf(values);
    }

    static Rule of(RuleCode code, List<?> values) {
        return new Rule(code, values.stream().map(String::valueOf).toList(), null, null);
    }

    /** The rules an instrument's eligibility and audience make, in the order a reader meets them. */
    public static List<Rule> of(Audience audience, Eligibility eligibility) {
        List<Rule> rules = new ArrayList<>();
        if (audience != Audience.BOTH) {
            rules.add(of(RuleCode.AUDIENCE, List.of(audience.name())));
        }
        if (!eligibility.organisationTypes().isEmpty()) {
            rules.add(of(RuleCode.ORGANISATION_TYPE, eligibility.organisationTypes()));
        }
        if (!eligibility.sizeClasses().isEmpty()) {
            rules.add(of(RuleCode.SIZE_CLASS, eligibility.sizeClasses()));
        }
        if (!eligibility.roadmapSteps().isEmpty()) {
            rules.add(of(RuleCode.ROADMAP_STEP, eligibility.roadmapSteps()));
        }
        if (!eligibility.regions().isEmpty()) {
            rules.add(of(RuleCode.REGION, eligibility.regions()));
        }
        if (!eligibility.sectors().isEmpty()) {
            rules.add(of(RuleCode.SECTOR, eligibility.sectors()));
        }
        if (eligibility.minAmount() != null || eligibility.maxAmount() != null) {
            rules.add(new Rule(RuleCode.AMOUNT, List.of(), eligibility.minAmount(), eligibility.maxAmount()));
        }
        if (eligibility.requiresSignedMandate()) {
            rules.add(of(RuleCode.SIGNED_MANDATE, List.of()));
        }
        if (eligibility.requiresPilotCustomer()) {
            rules.add(of(RuleCode.PILOT_CUSTOMER, List.of()));
        }
        return List.copyOf(rules);
    }
}
