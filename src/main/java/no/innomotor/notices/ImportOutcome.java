package no.innomotor.notices;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * What happened to one file: imported (a new opportunity), updated (a newer version or a change notice replaced an
 * earlier one), skipped (nothing new), or rejected with the reason and, where known, the line, column and element.
 * {@code detail} is the parser's or validator's own wording about the file (English), never an internal error.
 */
public record ImportOutcome(
        String source,
        Status status,
        @Nullable Reason reason,
        int line,
        int column,
        @Nullable String element,
        @Nullable String detail,
        @Nullable OpportunityId opportunity,
        @Nullable String noticeId,
        @Nullable String noticeVersion,
        @Nullable String subtype)
        implements Serializable {

    public enum Status {
        IMPORTED,
        UPDATED,
        SKIPPED,
        REJECTED
    }

    /** Why a file was skipped or rejected, with the words the command line prints. */
    public enum Reason {
        EMPTY("the file is empty"),
        TOO_LARGE("the file is larger than " + NoticeXml.MAX_BYTES / (1024 * 1024) + " MB"),
        UNREADABLE("the file could not be read"),
        MALFORMED("not well-formed XML"),
        DOCTYPE("DOCTYPE declarations (and so entities) are not allowed"),
        TOO_DEEP("elements nest too deep"),
        NOT_EFORMS("not an eForms notice"),
        SDK_VERSION_MISSING("the notice does not name its eForms SDK version (cbc:CustomizationID)"),
        SDK_VERSION_UNSUPPORTED("the notice's eForms SDK version is not supported"),
        INVALID("not valid against the eForms SDK's XSD"),
        NO_NOTICE_ID("the notice has no notice identifier (cbc:ID with schemeName notice-id)"),
        NOT_PROCUREMENT("not a procurement notice (business registration)"),
        ALREADY_IMPORTED("this version of the notice is already imported"),
        NEWER_STORED("a newer version or change of this notice is already imported");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    static ImportOutcome rejected(
            String source, Reason reason, int line, int column, @Nullable String element, @Nullable String detail) {
        return new ImportOutcome(
                source, Status.REJECTED, reason, line, column, element, detail, null, null, null, null);
    }

    static ImportOutcome skipped(
            String source,
            Reason reason,
            @Nullable OpportunityId opportunity,
            @Nullable String noticeId,
            @Nullable String version,
            @Nullable String subtype) {
        return new ImportOutcome(
                source, Status.SKIPPED, reason, -1, -1, null, null, opportunity, noticeId, version, subtype);
    }

    static ImportOutcome stored(
            String source,
            Status status,
            OpportunityId opportunity,
            String noticeId,
            String version,
            @Nullable String subtype) {
        return new ImportOutcome(source, status, null, -1, -1, null, null, opportunity, noticeId, version, subtype);
    }

    /** Imported or updated: something was stored. */
    public boolean stored() {
        return status == Status.IMPORTED || status == Status.UPDATED;
    }

    public boolean rejected() {
        return status == Status.REJECTED;
    }

    public boolean hasPosition() {
        return line > 0;
    }

    /** One line for the command line, in English. */
    public String describe() {
        StringBuilder text =
                new StringBuilder(status.name().toLowerCase()).append(' ').append(source);
        if (noticeId != null) {
            text.append(" (notice ").append(noticeId);
            if (noticeVersion != null) {
                text.append(" version ").append(noticeVersion);
            }
            if (subtype != null) {
                text.append(", subtype ").append(subtype);
            }
            text.append(')');
        }
        if (reason != null) {
            text.append(": ").append(reason.english());
        }
        if (hasPosition()) {
            text.append(" at line ").append(line).append(", column ").append(column);
        }
        if (element != null) {
            text.append(", element ").append(element);
        }
        if (detail != null && !detail.isBlank()) {
            text.append(": ").append(detail);
        }
        return text.toString();
    }
}
