package no.innomotor.notices;

import java.nio.file.Path;

/**
 * Builds the eForms notice that announces a market consultation. Each export runs {@link MarketConsultationCheck}
 * first and refuses with {@link MarketConsultationIncomplete} when the checklist is not empty; the XML is validated
 * against the eForms SDK's XSD before anyone gets it, so a caller never holds a partial or invalid notice.
 */
public interface MarketConsultationExporter {

    /** The notice as bytes (UTF-8 XML), with a fresh notice identifier, version 01. */
    MarketConsultationNotice export(MarketConsultationData data, MarketConsultationNoticeType type);

    /**
     * The notice written to {@code file}: it is written beside it under a temporary name and moved into place only
     * when complete and valid, so {@code file} is either the whole notice or untouched.
     */
    MarketConsultationNotice exportTo(MarketConsultationData data, MarketConsultationNoticeType type, Path file);
}
