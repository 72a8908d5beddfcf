package no.innomotor.notices;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar innomotor.jar notices import [--verbose] <file-or-folder>...}: imports notices without a web
 * server, one line per file on standard output, then {@code imported N, skipped M, rejected K} as the last line.
 * Progress goes to standard error every {@value #PROGRESS_EVERY} files, as does the log (see
 * {@code InnomotorApplication}). Exits with 1 when anything was rejected, 2 on wrong use.
 */
@Component
class NoticesCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "notices";
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final int PROGRESS_EVERY = 100;
    /** The bean {@code InnomotorApplication} registers for a command's own lines (the process's standard output). */
    static final String COMMAND_OUTPUT = "commandOutput";

    private final NoticesManagement notices;
    private final PrintStream out;
    private final PrintStream err;
    private int exitCode;

    @Autowired
    NoticesCommandLine(
            NoticesManagement notices, @Qualifier(COMMAND_OUTPUT) ObjectProvider<PrintStream> commandOutput) {
        this(notices, commandOutput.getIfAvailable(() -> System.out), System.err);
    }

    NoticesCommandLine(NoticesManagement notices, PrintStream out, PrintStream err) {
        this.notices = notices;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        if (words.size() < 3 || !"import".equals(words.get(1))) {
            out.println("usage: notices import [--verbose] <file-or-folder>...");
            exitCode = USAGE;
            return;
        }
        List<Path> paths = words.subList(2, words.size()).stream().map(Path::of).toList();
        int[] counts = new int[4]; // files, imported, skipped, rejected
        ImportSummary summary = notices.importPaths(paths, null, outcome -> {
            out.println(outcome.describe());
            counts[0]++;
            counts[outcome.stored() ? 1 : outcome.rejected() ? 3 : 2]++;
            if (counts[0] % PROGRESS_EVERY == 0) {
                out.flush();
                err.printf(
                        "… %d files so far: imported %d, skipped %d, rejected %d%n",
                        counts[0], counts[1], counts[2], counts[3]);
                err.flush();
            }
        });
        out.println(summary.closingLine());
        out.flush();
        exitCode = summary.rejected() > 0 ? REJECTED : 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
