package no.innomotor.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

@Embeddable
class OpportunityBuyer {

    @FullTextField(analyzer = NoticeSearch.ANALYZER)
    @Column(nullable = false, length = 400)
    private String name;

    @Column(name = "company_id", length = 100)
    private @Nullable String companyId;

    @KeywordField
    @Column(name = "org_number", length = 9)
    private @Nullable String orgNumber;

    protected OpportunityBuyer() {}

    OpportunityBuyer(Opportunity.Buyer buyer) {
        this.name = NoticeOpportunity.cut(buyer.name(), 400);
        this.companyId = buyer.companyId() == null ? null : NoticeOpportunity.cut(buyer.companyId(), 100);
        this.orgNumber = buyer.orgNumber();
    }

    Opportunity.Buyer toRecord() {
        return new Opportunity.Buyer(name, companyId, orgNumber);
    }
}
