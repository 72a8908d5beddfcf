package no.innomotor.notices;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An exported market-consultation notice: eForms UBL XML in UTF-8, valid against the SDK's XSD.
 *
 * @param noticeId the notice identifier (BT-701), a random UUID
 * @param type which notice it is
 * @param fileName a file name to offer on download
 * @param xml the document
 */
public record MarketConsultationNotice(UUID noticeId, MarketConsultationNoticeType type, String fileName, byte[] xml) {

    public MarketConsultationNotice {
        xml = xml.clone();
    }

    @Override
    public byte[] xml() {
        return xml.clone();
    }

    public String xmlText() {
        return new String(xml, StandardCharsets.UTF_8);
    }

    /** The media type to serve it with. */
    public static String contentType() {
        return "application/xml";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarketConsultationNotice notice
                && noticeId.equals(notice.noticeId)
                && type == notice.type
                && fileName.equals(notice.fileName)
                && java.util.Arrays.equals(xml, notice.xml);
    }

    @Override
    public int hashCode() {
        return noticeId.hashCode();
    }

    @Override
    public String toString() {
        return "MarketConsultationNotice[" + type + " " + noticeId + ", " + xml.length + " bytes]";
    }
}
