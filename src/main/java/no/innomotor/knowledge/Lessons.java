package no.innomotor.knowledge;

/** What the buyers learned, in their own words: what went well, what they would do differently, advice to others. */
public record Lessons(String wentWell, String doDifferently, String advice) {

    public static final int MAX_LENGTH = 4_000;
    public static final Lessons NONE = new Lessons("", "", "");

    public Lessons {
        wentWell = wentWell.strip();
        doDifferently = doDifferently.strip();
        advice = advice.strip();
    }

    public boolean written() {
        return !wentWell.isEmpty() || !doDifferently.isEmpty() || !advice.isEmpty();
    }
}
