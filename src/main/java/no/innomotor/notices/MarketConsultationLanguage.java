package no.innomotor.notices;

/** A language a market-consultation notice is published in, with its eForms code. */
public enum MarketConsultationLanguage {
    NORWEGIAN("NOR"),
    ENGLISH("ENG");

    private final String code;

    MarketConsultationLanguage(String code) {
        this.code = code;
    }

    /** The eForms language code (ISO 639-3, upper case, as the SDK's {@code language} code list has it). */
    public String code() {
        return code;
    }
}
