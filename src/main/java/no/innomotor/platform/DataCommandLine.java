package no.innomotor.platform;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.innomotor.audit.AuditEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar innomotor.jar data generate [--scale F] [--seed S] [--verbose]}: fills the configured database
 * and search index with a national dataset (see {@link DataGenerator}), progress on standard error, a closing
 * summary on standard output (counts per kind, seconds, rows per second, accounts to sign in with). Exits with 2
 * on wrong use or when the database already holds a generated dataset.
 */
@Component
class DataCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "data";
    static final int USAGE = 2;
    static final String USAGE_LINE = "usage: data generate [--scale F] [--seed S] [--verbose]"
            + "  (scale 1 = the whole country, default 1; seed a whole number, default 1)";
    static final double MAX_SCALE = 100;

    private final DataGenerator generator;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private int exitCode;

    @Autowired
    DataCommandLine(
            DataGenerator generator,
            @Qualifier(no.innomotor.InnomotorApplication.COMMAND_OUTPUT) ObjectProvider<PrintStream> commandOutput) {
        this(generator, commandOutput.getIfAvailable(() -> System.out), System.err, System.console() != null);
    }

    DataCommandLine(DataGenerator generator, PrintStream out, PrintStream err, boolean terminal) {
        this.generator = generator;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** The options of one run. */
    record Options(double scale, long seed) {}

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = List.of(args.getSourceArgs());
        if (words.isEmpty() || !COMMAND.equals(words.get(0))) {
            return;
        }
        Optional<Options> options = parse(words);
        if (options.isEmpty()) {
            out.println(USAGE_LINE);
            exitCode = USAGE;
            return;
        }
        Optional<AuditEntry> earlier = generator.earlierGeneration();
        if (earlier.isPresent()) {
            out.println("This database already holds a generated dataset (generated "
                    + earlier.get().occurredAt() + "). Generate into an empty database, or delete this one first.");
            exitCode = USAGE;
            return;
        }
        DataGenerator.Result result =
                generator.generate(options.get().scale(), options.get().seed(), err, terminal);
        summary(options.get(), result);
        out.flush();
    }

    /** The words after {@code data}: {@code generate}, then {@code --scale F}/{@code --scale=F}, {@code --seed S}. */
    static Optional<Options> parse(List<String> words) {
        if (words.size() < 2 || !"generate".equals(words.get(1))) {
            return Optional.empty();
        }
        double scale = 1;
        long seed = 1;
        for (int i = 2; i < words.size(); i++) {
            String word = words.get(i);
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            if (name.equals("--verbose")) {
                continue;
            }
            if (!name.equals("--scale") && !name.equals("--seed")) {
                return Optional.empty();
            }
            String value;
            if (word.contains("=")) {
                value = word.substring(word.indexOf('=') + 1);
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                return Optional.empty();
            }
            try {
                if (name.equals("--scale")) {
                    scale = Double.parseDouble(value);
                } else {
                    seed = Long.parseLong(value);
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (!(scale > 0) || scale > MAX_SCALE) {
            return Optional.empty();
        }
        return Optional.of(new Options(scale, seed));
    }

    private void summary(Options options, DataGenerator.Result result) {
        double writing = Math.max(result.seconds() - result.indexSeconds(), 1e-3);
        out.printf(
                Locale.ROOT,
                "generated scale %s, seed %d in %.1f s: %,d rows written in %.1f s (%,.0f rows/s, %s),"
                        + " search index built in %.1f s%n",
                java.math.BigDecimal.valueOf(options.scale())
                        .stripTrailingZeros()
                        .toPlainString(),
                options.seed(),
                result.seconds(),
                result.rows(),
                writing,
                result.rows() / writing,
                result.method(),
                result.indexSeconds());
        for (Map.Entry<String, Long> count : result.counts().entrySet()) {
            out.printf(Locale.ROOT, "  %-16s %,12d%n", count.getKey(), count.getValue());
        }
        if (!result.accounts().isEmpty()) {
            out.println("sign in with the password '" + DemoAccounts.PASSWORD + "', for example as:");
            result.accounts().forEach((email, who) -> out.println("  " + email + "  (" + who + ")"));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
