package no.innomotor.projects.web;

import java.util.List;

/** A chosen CPV code as pages show it: the label in the reader's language and its path from the division down. */
public record CpvChoice(String code, String label, List<Level> path) {

    public CpvChoice {
        path = List.copyOf(path);
    }

    /** One code on the path; level 1 is the division, 2 the group, 3 the class, 4 the category, 5 and on finer. */
    public record Level(String code, String label, int level) {

        /** The level's name key, capped at the finest one the bundles name. */
        public String levelKey() {
            return "projects.cpv.level." + Math.min(level, 5);
        }
    }
}
