package no.innomotor.instruments;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** An instrument's content as the JSON document its rows keep; a field added later reads as its default. */
final class InstrumentJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private InstrumentJson() {}

    static String write(InstrumentContent content) {
        return JSON.writeValueAsString(content);
    }

    static InstrumentContent read(String json) {
        return JSON.readValue(json, InstrumentContent.class);
    }
}
