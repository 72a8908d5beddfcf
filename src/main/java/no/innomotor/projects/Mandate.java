package no.innomotor.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.innomotor.shared.Money;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * One version of a project's mandate. A draft may be revised; once a top leader signs it, it never changes again:
 * the signature records who, when, and a SHA-256 hash of the signed content. A change after that is a new version.
 */
@Entity
@Table(name = "project_mandate")
class Mandate {

    @Id
    private UUID id;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false, columnDefinition = "text")
    private String goal;

    @Column(name = "budget_frame_nok", nullable = false)
    private long budgetFrameNok;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_appetite", nullable = false, length = 20)
    private RiskAppetite riskAppetite;

    @Column(name = "benefit_ambition", nullable = false, columnDefinition = "text")
    private String benefitAmbition;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "drafted_by")
    private @Nullable UUID draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "signed_by")
    private @Nullable UUID signedBy;

    @Column(name = "signer_name", length = 200)
    private @Nullable String signerName;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Column(name = "content_hash", length = 64)
    private @Nullable String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private Stage stage = Stage.DRAFT;

    @Version
    private long version;

    protected Mandate() {}

    Mandate(int versionNumber, MandateTerms terms, PersonId draftedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.versionNumber = versionNumber;
        apply(terms, draftedBy, now);
    }

    /** Where a version stands: the buyer's draft, put before the top leader, or signed. */
    enum Stage {
        DRAFT,
        READY_FOR_SIGNATURE,
        SIGNED
    }

    /** Changes a draft; a version ready for signature goes back to draft; a signed version refuses. */
    void revise(MandateTerms terms, PersonId by, Instant now) {
        if (signed()) {
            throw new MandateAlreadySigned(versionNumber);
        }
        apply(terms, by, now);
        this.stage = Stage.DRAFT;
    }

    /** The buyer puts the draft before the top leader. */
    void markReadyForSignature() {
        if (signed()) {
            throw new MandateAlreadySigned(versionNumber);
        }
        this.stage = Stage.READY_FOR_SIGNATURE;
    }

    boolean readyForSignature() {
        return stage == Stage.READY_FOR_SIGNATURE && !signed();
    }

    private void apply(MandateTerms terms, PersonId by, Instant now) {
        this.goal = terms.goal();
        this.budgetFrameNok = terms.budgetFrame().kroner();
        this.riskAppetite = terms.riskAppetite();
        this.benefitAmbition = terms.benefitAmbition();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.draftedBy = by.value();
        this.draftedAt = now;
    }

    void sign(ProjectId project, PersonId signer, String name, Instant now) {
        if (signed()) {
            throw new MandateAlreadySigned(versionNumber);
        }
        if (stage != Stage.READY_FOR_SIGNATURE) {
            throw new MandateNotReadyForSignature(versionNumber);
        }
        Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.signedBy = signer.value();
        this.signerName = name;
        this.signedAt = at;
        this.contentHash = MandateHash.of(project, versionNumber, terms(), signer, name, at);
        this.stage = Stage.SIGNED;
    }

    /** True when the stored content still produces the hash recorded at signing. */
    boolean intact(ProjectId project) {
        if (!signed()) {
            return true;
        }
        return MandateHash.of(project, versionNumber, terms(), new PersonId(signedBy), signerName, signedAt)
                .equals(contentHash);
    }

    boolean signed() {
        return signedAt != null && signedBy != null && signerName != null && contentHash != null;
    }

    int versionNumber() {
        return versionNumber;
    }

    MandateTerms terms() {
        return new MandateTerms(goal, Money.nok(budgetFrameNok), riskAppetite, benefitAmbition, startDate, endDate);
    }

    @Nullable
    PersonId draftedBy() {
        return draftedBy == null ? null : new PersonId(draftedBy);
    }

    Instant draftedAt() {
        return draftedAt;
    }

    @Nullable
    PersonId signedBy() {
        return signedBy == null ? null : new PersonId(signedBy);
    }

    @Nullable
    String signerName() {
        return signerName;
    }

    @Nullable
    Instant signedAt() {
        return signedAt;
    }

    @Nullable
    String contentHash() {
        return contentHash;
    }
}
