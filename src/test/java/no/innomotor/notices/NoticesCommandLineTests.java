package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.withFreshId;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.innomotor.InnomotorApplication;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code notices import <file-or-folder>...}: a line per file, a closing count, and an exit code. */
@InnomotorTest
@ExtendWith(OutputCaptureExtension.class)
class NoticesCommandLineTests {

    @Autowired
    NoticesManagement notices;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private NoticesCommandLine command() {
        return new NoticesCommandLine(
                notices,
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsAFolderPrintingALinePerFileAndTheCounts(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.xml"), withFreshId(sdkExample("cn_24_minimal.xml")));
        Files.writeString(
                folder.resolve("b.xml"),
                withFreshId(sdkExample("cn_24_minimal.xml")).substring(0, 1500));
        Path single = Files.writeString(folder.resolve("single.notice"), withFreshId(sdkExample("E3_minimal.xml")));
        NoticesCommandLine command = command();

        command.run(new DefaultApplicationArguments("notices", "import", folder.toString(), single.toString()));

        assertThat(output().lines()).hasSize(4);
        assertThat(output().lines().toList().get(0))
                .startsWith("imported " + folder.resolve("a.xml"))
                .contains("subtype 16");
        assertThat(output().lines().toList().get(1))
                .startsWith("rejected " + folder.resolve("b.xml"))
                .contains("not well-formed XML", "at line ");
        assertThat(output().lines().toList().get(2))
                .startsWith("imported " + single)
                .contains("subtype E3");
        assertThat(output().lines().toList().get(3)).isEqualTo("imported 2, skipped 0, rejected 1");
        assertThat(command.getExitCode()).isEqualTo(NoticesCommandLine.REJECTED);
    }

    @Test
    void aNoticeOfAnUnsupportedSdkVersionIsRejectedWithTheReasonAndAnSdk17NoticeImports(@TempDir Path folder)
            throws IOException {
        Files.writeString(
                folder.resolve("a-sdk17.xml"),
                withFreshId(SdkVersionTests.text(SdkVersionTests.examples("1.7").stream()
                        .filter(example -> example.getFilename().equals("can_24_minimal.xml"))
                        .findFirst()
                        .orElseThrow())));
        Files.writeString(
                folder.resolve("b-sdk09.xml"),
                withFreshId(sdkExample("cn_24_minimal.xml"))
                        .replace("<cbc:CustomizationID>eforms-sdk-1.13<", "<cbc:CustomizationID>eforms-sdk-0.9<"));
        NoticesCommandLine command = command();

        command.run(new DefaultApplicationArguments("notices", "import", folder.toString()));

        assertThat(output().lines().toList().get(0)).startsWith("imported " + folder.resolve("a-sdk17.xml"));
        assertThat(output().lines().toList().get(1))
                .startsWith("rejected " + folder.resolve("b-sdk09.xml"))
                .contains(
                        "the notice's eForms SDK version is not supported",
                        "element /ContractNotice/cbc:CustomizationID",
                        "declares eforms-sdk-0.9; supported: eforms-sdk-1.6");
        assertThat(output().lines().toList().get(2)).isEqualTo("imported 1, skipped 0, rejected 1");
        assertThat(command.getExitCode()).isEqualTo(NoticesCommandLine.REJECTED);
    }

    @Test
    void exitsWithZeroWhenNothingWasRejected(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("a.xml"), withFreshId(sdkExample("cn_24_minimal.xml")));
        NoticesCommandLine first = command();
        first.run(new DefaultApplicationArguments("notices", "import", file.toString()));
        NoticesCommandLine again = command();
        again.run(new DefaultApplicationArguments("notices", "import", file.toString()));

        assertThat(output())
                .contains(
                        "imported 1, skipped 0, rejected 0",
                        "imported 0, skipped 1, rejected 0",
                        "this version of the notice is already imported");
        assertThat(first.getExitCode()).isZero();
        assertThat(again.getExitCode()).isZero();
    }

    @Test
    void explainsItsUseWhenCalledWrongAndIgnoresOtherArguments() {
        NoticesCommandLine wrong = command();
        wrong.run(new DefaultApplicationArguments("notices", "export"));
        NoticesCommandLine other = command();
        other.run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(output())
                .isEqualTo("usage: notices import [--verbose] <file-or-folder>..." + System.lineSeparator());
        assertThat(wrong.getExitCode()).isEqualTo(NoticesCommandLine.USAGE);
        assertThat(other.getExitCode()).isZero();
    }

    @Test
    void theCommandRunsWithoutAWebServerAndExitsNonZeroOnRejection(@TempDir Path folder, CapturedOutput out)
            throws IOException {
        Files.writeString(folder.resolve("good.xml"), withFreshId(sdkExample("pin-only_24.xml")));
        Files.writeString(folder.resolve("empty.xml"), "");

        ConfigurableApplicationContext context = new SpringApplicationBuilder(InnomotorApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run("notices", "import", folder.toString());
        boolean web = context instanceof WebServerApplicationContext;
        int exit = SpringApplication.exit(context);

        assertThat(web).isFalse();
        assertThat(exit).isEqualTo(NoticesCommandLine.REJECTED);
        assertThat(out.getOut())
                .contains(
                        "rejected " + folder.resolve("empty.xml") + ": the file is empty",
                        "imported 1, skipped 0, rejected 1");
    }

    @Test
    void aLongImportShowsProgressOnStandardErrorWhileStandardOutputEndsWithTheSummary(@TempDir Path folder)
            throws IOException {
        int files = NoticesCommandLine.PROGRESS_EVERY + 5;
        for (int i = 0; i < files; i++) {
            Files.writeString(folder.resolve("n" + i + ".xml"), "");
        }
        command().run(new DefaultApplicationArguments("notices", "import", folder.toString()));

        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(files + 1);
        assertThat(lines.get(files)).isEqualTo("imported 0, skipped 0, rejected " + files);
        assertThat(lines.subList(0, files)).allMatch(line -> line.startsWith("rejected "));
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .isEqualTo("… " + NoticesCommandLine.PROGRESS_EVERY + " files so far: imported 0, skipped 0, rejected "
                        + NoticesCommandLine.PROGRESS_EVERY + System.lineSeparator());
    }

    @Test
    void theJarCommandPrintsOnlyItsOwnLinesOnStandardOutputAndTheLogOnStandardError(
            @TempDir Path folder, CapturedOutput captured) throws IOException {
        Files.writeString(folder.resolve("good.xml"), withFreshId(sdkExample("pin-only_24.xml")));
        Files.writeString(folder.resolve("empty.xml"), "");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        int exit;
        try {
            exit = InnomotorApplication.runCommand(
                    new String[] {"notices", "import", "--verbose", folder.toString()},
                    new PrintStream(stdout, true, StandardCharsets.UTF_8),
                    "test");
        } finally {
            System.setOut(systemOut);
        }

        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isEqualTo(NoticesCommandLine.REJECTED);
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(0, 2)).allMatch(line -> line.startsWith("imported ") || line.startsWith("rejected "));
        assertThat(lines.get(2)).isEqualTo("imported 1, skipped 0, rejected 1");
        assertThat(captured.getErr()).contains("CPV labels:");
    }
}
