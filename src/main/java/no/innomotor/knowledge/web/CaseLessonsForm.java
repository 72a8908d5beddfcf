package no.innomotor.knowledge.web;

import jakarta.validation.constraints.Size;
import no.innomotor.knowledge.Lessons;
import org.jspecify.annotations.Nullable;

/** The buyers' lessons as typed: what went well, what they would do differently, advice to others. */
public class CaseLessonsForm {

    @Size(max = Lessons.MAX_LENGTH, message = "{cases.lessons.tooLong}")
    private @Nullable String wentWell;

    @Size(max = Lessons.MAX_LENGTH, message = "{cases.lessons.tooLong}")
    private @Nullable String doDifferently;

    @Size(max = Lessons.MAX_LENGTH, message = "{cases.lessons.tooLong}")
    private @Nullable String advice;

    private long version;

    static CaseLessonsForm of(Lessons lessons, long version) {
        CaseLessonsForm form = new CaseLessonsForm();
        form.wentWell = lessons.wentWell();
        form.doDifferently = lessons.doDifferently();
        form.advice = lessons.advice();
        form.version = version;
        return form;
    }

    Lessons toCommand() {
        return new Lessons(text(wentWell), text(doDifferently), text(advice));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public @Nullable String getWentWell() {
        return wentWell;
    }

    public void setWentWell(@Nullable String wentWell) {
        this.wentWell = wentWell;
    }

    public @Nullable String getDoDifferently() {
        return doDifferently;
    }

    public void setDoDifferently(@Nullable String doDifferently) {
        this.doDifferently = doDifferently;
    }

    public @Nullable String getAdvice() {
        return advice;
    }

    public void setAdvice(@Nullable String advice) {
        this.advice = advice;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
