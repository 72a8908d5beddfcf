package no.innomotor.notices.web;

/** A CPV code found by the look-up, labelled in the reader's language; level 1 is a division. */
public record CpvHit(String code, String label, int level) {

    public String levelKey() {
        return "notices.cpv.level." + Math.min(level, 5);
    }
}
