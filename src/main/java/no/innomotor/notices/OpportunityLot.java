package no.innomotor.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Embeddable
class OpportunityLot {

    @Column(name = "lot_id", nullable = false, length = 50)
    private String lotId;

    @Column(length = 1000)
    private @Nullable String title;

    @Column(name = "title_language", length = 10)
    private @Nullable String titleLanguage;

    private @Nullable Instant deadline;

    @Column(name = "estimated_value", precision = 24, scale = 2)
    private @Nullable BigDecimal estimatedValue;

    @Column(length = 3)
    private @Nullable String currency;

    protected OpportunityLot() {}

    OpportunityLot(Opportunity.Lot lot) {
        this.lotId = NoticeOpportunity.cut(lot.lotId(), 50);
        this.title = lot.title() == null ? null : NoticeOpportunity.cut(lot.title(), 1000);
        this.titleLanguage = lot.titleLanguage();
        this.deadline = lot.deadline() == null ? null : NoticeOpportunity.stored(lot.deadline());
        this.estimatedValue = NoticeOpportunity.amount(lot.estimatedValue());
        this.currency = NoticeOpportunity.currency(lot.estimatedValue());
    }

    Opportunity.Lot toRecord() {
        return new Opportunity.Lot(
                lotId, title, titleLanguage, deadline, NoticeOpportunity.money(estimatedValue, currency));
    }
}
