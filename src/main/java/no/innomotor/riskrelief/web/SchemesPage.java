package no.innomotor.riskrelief.web;

import java.util.List;
import no.innomotor.riskrelief.SchemeView;

/**
 * The schemes page (riskrelief/schemes.jte): the reader's own organisation's schemes, drafts too, for an instrument
 * actor; the published schemes of every actor for everyone who reads them.
 */
public record SchemesPage(List<SchemeView> owned, List<SchemeView> published, boolean canCreate) {

    static final String TEMPLATE = "riskrelief/schemes";
}
