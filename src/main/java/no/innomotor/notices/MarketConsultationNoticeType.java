package no.innomotor.notices;

/** The two eForms notices that announce a market consultation. */
public enum MarketConsultationNoticeType {

    /** Prior information notice used only for information: subtype 4, notice type {@code pin-only}, form planning. */
    PRIOR_INFORMATION_ONLY("4", "pin-only", "planning"),

    /** Pre-market consultation notice: subtype E1, notice type {@code pmc}, form consultation (SDK 1.13 and later). */
    PRE_MARKET_CONSULTATION("E1", "pmc", "consultation");

    private final String subtype;
    private final String noticeType;
    private final String formType;

    MarketConsultationNoticeType(String subtype, String noticeType, String formType) {
        this.subtype = subtype;
        this.noticeType = noticeType;
        this.formType = formType;
    }

    /** The eForms notice subtype ({@code efac:NoticeSubType/cbc:SubTypeCode}): "4" or "E1". */
    public String subtype() {
        return subtype;
    }

    /** The eForms notice type code ({@code cbc:NoticeTypeCode}). */
    public String noticeType() {
        return noticeType;
    }

    /** The eForms form type, the {@code listName} of {@code cbc:NoticeTypeCode}. */
    public String formType() {
        return formType;
    }
}
