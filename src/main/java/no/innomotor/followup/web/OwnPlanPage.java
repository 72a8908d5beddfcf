package no.innomotor.followup.web;

/** A supplier's follow-up page when the company has no plan yet (followup/none.jte). */
public record OwnPlanPage(boolean supplier) {

    static final String TEMPLATE = "followup/none";
}
