package no.innomotor.dialogue;

/** An iCalendar file (RFC 5545) to download: its file name and its text. */
public record CalendarFile(String fileName, String content) {

    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
}
