package no.innomotor.organisations;

/** What kind of organisation it is; public buyers and instrument actors need an administrator's approval. */
public enum OrganisationType {
    MUNICIPALITY(true),
    COUNTY(true),
    STATE_AGENCY(true),
    COMPANY(false),
    INSTRUMENT_ACTOR(true),
    OTHER(false);

    private final boolean needsApproval;

    OrganisationType(boolean needsApproval) {
        this.needsApproval = needsApproval;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    public boolean isPublicBuyer() {
        return this == MUNICIPALITY || this == COUNTY || this == STATE_AGENCY;
    }
}
