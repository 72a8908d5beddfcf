package no.innomotor.riskrelief;

/** Who may apply to a scheme: public buyers, supplier companies, or both. */
public enum Audience {
    BUYERS,
    SUPPLIERS,
    BOTH;

    boolean admits(ApplicantKind kind) {
        return this == BOTH || (this == BUYERS ? kind == ApplicantKind.BUYER : kind == ApplicantKind.SUPPLIER);
    }
}
