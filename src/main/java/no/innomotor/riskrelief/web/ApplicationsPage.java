package no.innomotor.riskrelief.web;

import java.util.List;
import no.innomotor.riskrelief.ApplicationListItem;

/** The reader's applications (riskrelief/applications.jte): their own, their schemes', those they assess. */
public record ApplicationsPage(List<ApplicationListItem> applications) {

    static final String TEMPLATE = "riskrelief/applications";
}
