package no.innomotor.shared;

/**
 * What kind of cost a grant, loan or risk-relief decision covers. Instruments and risk-relief schemes name the
 * categories they cover, and the coordination of a project's funding warns when two of them cover the same category
 * in overlapping periods: the same cost covered twice.
 */
public enum CostCategory {
    /** The buyer's or supplier's own people: hours spent on the project. */
    PERSONNEL,
    /** Consultants, legal and procurement advice bought for the project. */
    EXTERNAL_ADVICE,
    /** Developing, building and testing the solution. */
    DEVELOPMENT,
    /** Trying the solution in real use with a pilot customer. */
    PILOTING,
    /** Equipment, materials and licences. */
    EQUIPMENT,
    /** Courses, networks and competence building. */
    COMPETENCE,
    /** A loss the supplier or buyer is covered for if the solution fails. */
    RISK_OF_LOSS,
    /** Anything else. */
    OTHER
}
