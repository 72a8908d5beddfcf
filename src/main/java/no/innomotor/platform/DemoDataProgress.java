package no.innomotor.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data of the embedded default is still being set up. The web server answers before the demo data
 * is in place (it loads after the application context has started, so the first page never waits for it); until
 * then the login page says the demo accounts are on their way instead of letting a demo sign-in fail as if the
 * password were wrong.
 */
@Component
public class DemoDataProgress {

    private volatile boolean settingUp;

    DemoDataProgress(@Value("${innomotor.demo.enabled:false}") boolean demoEnabled) {
        this.settingUp = demoEnabled;
    }

    /** True from the start of a demo installation until its demo data is loaded (or was there already). */
    public boolean settingUp() {
        return settingUp;
    }

    void finished() {
        settingUp = false;
    }
}
