package no.innomotor.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A winning tenderer of a result notice, kept with the opportunity (table notice_opportunity_winner). */
@Embeddable
class OpportunityWinner {

    @Column(nullable = false, length = 400)
    private String name;

    @Column(name = "company_id", length = 100)
    private @Nullable String companyId;

    @Column(name = "org_number", length = 9)
    private @Nullable String orgNumber;

    protected OpportunityWinner() {}

    OpportunityWinner(AwardWinner winner) {
        this.name = NoticeOpportunity.cut(winner.name(), 400);
        this.companyId = winner.companyId() == null ? null : NoticeOpportunity.cut(winner.companyId(), 100);
        this.orgNumber = winner.orgNumber();
    }

    AwardWinner toRecord() {
        return new AwardWinner(name, companyId, orgNumber);
    }
}
