package no.innomotor.instruments;

/**
 * The kinds of eligibility rule, each with how the {@link RuleEvaluator} tests it and its weight in the score: a rule
 * about who the applicant is weighs more than one about the amount or the sector.
 */
public enum RuleCode {
    AUDIENCE(Test.ONE_OF, 3),
    ORGANISATION_TYPE(Test.ONE_OF, 3),
    SIZE_CLASS(Test.ONE_OF, 2),
    SECTOR(Test.PREFIX, 1),
    REGION(Test.PREFIX, 2),
    ROADMAP_STEP(Test.ONE_OF, 2),
    AMOUNT(Test.RANGE, 1),
    SIGNED_MANDATE(Test.REQUIRED, 2),
    PILOT_CUSTOMER(Test.REQUIRED, 2);

    /** How a rule's values meet the subject's facts. */
    enum Test {
        /** One of the subject's values is among the rule's. */
        ONE_OF,
        /** One of the subject's values begins with one of the rule's (a NUTS region inside a wider one, a CPV code in a division). */
        PREFIX,
        /** The subject's number lies within the rule's bounds. */
        RANGE,
        /** The subject has what the rule requires. */
        REQUIRED
    }

    private final Test test;
    private final int weight;

    RuleCode(Test test, int weight) {
        this.test = test;
        this.weight = weight;
    }

    Test test() {
        return test;
    }

    public int weight() {
        return weight;
    }

    /** The code as the API writes it: {@code organisationType}. */
    public String apiName() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }
}
