package no.innomotor.benefits.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The team's choice to show the project's realised benefits publicly, with the story they tell. */
public class ShowcaseForm {

    private boolean show;

    @Size(max = 5_000, message = "{benefits.form.tooLong}")
    private @Nullable String story;

    public boolean isShow() {
        return show;
    }

    public void setShow(boolean show) {
        this.show = show;
    }

    public @Nullable String getStory() {
        return story;
    }

    public void setStory(@Nullable String story) {
        this.story = story;
    }
}
