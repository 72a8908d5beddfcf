package no.innomotor.notices;

import java.util.Map;
import java.util.Set;

/**
 * The one table of the XML namespaces eForms notices use (UBL 2.3 and the eForms extensions), with the prefixes the
 * SDK's field paths write ({@code cac:ProcurementProject/cbc:Name}). Reading, validating and writing notices all
 * take their namespaces from here.
 */
public final class EformsNamespaces {

    public static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    public static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
    public static final String EFEXT = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
    public static final String EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    public static final String EFBC = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

    /** The root element's namespace of each notice document type. */
    public static final String PRIOR_INFORMATION_NOTICE =
            "urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2";

    public static final String CONTRACT_NOTICE = "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2";
    public static final String CONTRACT_AWARD_NOTICE =
            "urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2";
    public static final String BUSINESS_REGISTRATION_NOTICE =
            "http://data.europa.eu/p27/eforms-business-registration-information-notice/1";

    /** The notice document types' root namespaces. */
    public static final Set<String> NOTICE_DOCUMENTS =
            Set.of(PRIOR_INFORMATION_NOTICE, CONTRACT_NOTICE, CONTRACT_AWARD_NOTICE, BUSINESS_REGISTRATION_NOTICE);

    /** The prefixes of field paths and the namespaces they stand for. */
    public static final Map<String, String> BY_PREFIX =
            Map.of("cbc", CBC, "cac", CAC, "ext", EXT, "efext", EFEXT, "efac", EFAC, "efbc", EFBC);

    private EformsNamespaces() {}
}
