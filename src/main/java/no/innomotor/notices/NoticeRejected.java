package no.innomotor.notices;

import org.jspecify.annotations.Nullable;

/** A file that cannot be imported, with the reason and, where the parser or validator knows it, where. */
final class NoticeRejected extends Exception {

    private final ImportOutcome.Reason reason;
    private final int line;
    private final int column;
    private final @Nullable String element;
    private final @Nullable String detail;

    NoticeRejected(
            ImportOutcome.Reason reason, int line, int column, @Nullable String element, @Nullable String detail) {
        super(reason + (detail == null ? "" : ": " + detail), null, false, false);
        this.reason = reason;
        this.line = line;
        this.column = column;
        this.element = element;
        this.detail = detail;
    }

    NoticeRejected(ImportOutcome.Reason reason, @Nullable String detail) {
        this(reason, -1, -1, null, detail);
    }

    ImportOutcome toOutcome(String source) {
        return ImportOutcome.rejected(source, reason, line, column, element, detail);
    }

    ImportOutcome.Reason reason() {
        return reason;
    }
}
