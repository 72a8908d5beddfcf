package no.innomotor.followup;

/**
 * What the plan works towards, first taken from the company's growth ambitions (where it lets advisers see them) and
 * then kept by the adviser: the markets it aims at, its goal in three years, and the help it wants.
 */
public record Goals(String targetMarkets, String threeYearGoal, String helpWanted) {

    public static final int MAX = 4_000;

    public Goals {
        targetMarkets = targetMarkets.strip();
        threeYearGoal = threeYearGoal.strip();
        helpWanted = helpWanted.strip();
    }

    public static Goals empty() {
        return new Goals("", "", "");
    }

    public boolean isEmpty() {
        return targetMarkets.isEmpty() && threeYearGoal.isEmpty() && helpWanted.isEmpty();
    }
}
