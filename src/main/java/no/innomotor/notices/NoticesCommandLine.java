package no.innomotor.notices;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar innomotor.jar notices import <file-or-folder>...}: imports notices without a web server, one line
 * per file, then {@code imported N, skipped M, rejected K}. Exits with 1 when anything was rejected, 2 on wrong use.
 * The application starts without its web server for this command (see {@code InnomotorApplication}).
 */
@Component
class NoticesCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "notices";
    static final int REJECTED = 1;
    static final int USAGE = 2;

    private final NoticesManagement notices;
    private final PrintStream out;
    private int exitCode;

    @Autowired
    NoticesCommandLine(NoticesManagement notices) {
        this(notices, System.out);
    }

    NoticesCommandLine(NoticesManagement notices, PrintStream out) {
        this.notices = notices;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        if (words.size() < 3 || !"import".equals(words.get(1))) {
            out.println("usage: notices import <file-or-folder>...");
            exitCode = USAGE;
            return;
        }
        List<Path> paths = words.subList(2, words.size()).stream().map(Path::of).toList();
        ImportSummary summary = notices.importPaths(paths, null, outcome -> out.println(outcome.describe()));
        out.println(summary.closingLine());
        out.flush();
        exitCode = summary.rejected() > 0 ? REJECTED : 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
