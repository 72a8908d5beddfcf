package no.innomotor.riskrelief;

/** Money with a budget per period (in kroner), or process support with a capacity per period (in hours). */
public enum SchemeKind {
    FINANCIAL,
    PROCESS
}
