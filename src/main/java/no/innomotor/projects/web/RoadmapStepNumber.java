package no.innomotor.projects.web;

import no.innomotor.shared.RoadmapStep;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads a roadmap step from its number in a URL (a project step page ends in /steps/3). A number that names no step fails the
 * conversion, which the platform answers as not found, like a malformed id.
 */
@Component
class RoadmapStepNumber implements Converter<String, RoadmapStep> {

    @Override
    public RoadmapStep convert(String source) {
        int number;
        try {
            number = Integer.parseInt(source.strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("Not a roadmap step number");
        }
        return RoadmapStep.find(number).orElseThrow(() -> new IllegalArgumentException("No roadmap step " + number));
    }
}
