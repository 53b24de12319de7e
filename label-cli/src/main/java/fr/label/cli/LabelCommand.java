package fr.label.cli;

import fr.label.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The {@code label} command line: evaluates dossiers and editions, prints palmarès, the
 * référentiel and the rules of an edition.
 *
 * <pre>
 * label evaluate carpentras.json --lang en
 * label palmares 2023
 * label referentiel --format csv
 * label rules --edition 2023 --export my-rules
 * label check-rules my-rules
 * label test scenarios --rules my-rules --edition 2023
 * label diff --candidate my-rules 2023
 * label serve --port 8080
 * </pre>
 *
 * Run it through the {@code ./label} launcher at the root of the repository, or in-process with
 * {@link #commandLine(PrintWriter, PrintWriter)} (what the tests do).
 */
@Command(name = "label",
        mixinStandardHelpOptions = true,
        versionProvider = LabelCommand.Version.class,
        usageHelpAutoWidth = true,
        header = "Label national Territoires, Villes et Villages Internet: evaluates candidatures.",
        description = {
                "Evaluates dossiers of the label with the rules of their edition, prints the palmarès of an edition, "
                        + "the référentiel of the mosaïque and the rule set of an edition; checks, tests and compares "
                        + "rule sets for rule authors (check-rules, test, diff).",
                "Reports are in French by default (--lang en for English); --format json prints the library's JSON."},
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
                EvaluateCommand.class,
                PalmaresCommand.class,
                ReferentielCommand.class,
                RulesCommand.class,
                CheckRulesCommand.class,
                TestCommand.class,
                DiffCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
                "0:success",
                "1:some input was rejected: an invalid dossier (the valid ones are still evaluated and printed), "
                        + "a file that cannot be read, rules that do not compile or fail",
                "2:usage error: unknown command or option, bad value, unknown edition year",
                "3:internal error of the tool (a bug: please report the one-line message)"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  label evaluate dossier.json",
                "  label evaluate edition-2023.json --format json --lang en",
                "  label palmares 2023",
                "  cat edition-2023.json | label palmares - --format csv",
                "  label referentiel > referentiel.csv",
                "  label rules --edition 2023 --export my-rules",
                "  label evaluate dossier.json --rules my-rules",
                "  label check-rules my-rules",
                "  label test my-scenarios --rules my-rules --edition 2023 --min-coverage 100",
                "  label diff --candidate my-rules 2023",
                "  label rules --edition 2023 --format html > rules-2023.html",
                "  label serve --port 8080"})
public final class LabelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** What "-" reads: standard input, or what an in-process run gives. */
    private InputStream standardInput = System.in;

    /** Without a command: the usage, as a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Language language = Failures.languageOf(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
        err.println("label: " + UsageText.MISSING_COMMAND.in(language, UsageText.oneOf(language, "evaluate", "palmares",
                "referentiel", "rules", "check-rules", "test", "diff", "serve")));
        spec.commandLine().usage(err);
        return ExitCode.USAGE;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int status;
        try {
            status = run(out, err, args);
        } catch (OutOfMemoryError memory) {
            out.flush();
            status = Failures.outOfMemory(args, err);
        } catch (Throwable unexpected) { // last resort: never a stack trace, one line
            out.flush();
            err.println(Failures.internalError(unexpected, Failures.languageOf(args)));
            status = ExitCode.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs the command line with these writers; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.in, out, err, args);
    }

    /** Runs the command line with this standard input (what "-" reads) and these writers; returns the exit status. */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        try {
            return commandLine(in, out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The configured command line, writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(System.in, out, err);
    }

    /** The configured command line, reading "-" from {@code in} and writing to {@code out} and {@code err}. */
    public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
        LabelCommand label = new LabelCommand();
        label.standardInput = in;
        CommandLine commandLine = new CommandLine(label);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(Failures::usageError);
        commandLine.setExecutionExceptionHandler(Failures::executionError);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // Every command's help lists the exit statuses, as the top-level one does.
        CommandSpec top = commandLine.getCommandSpec();
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().usageMessage()
                        .exitCodeListHeading(top.usageMessage().exitCodeListHeading())
                        .exitCodeList(top.usageMessage().exitCodeList());
            }
        }
        return commandLine;
    }

    /** What a file argument "-" reads. */
    InputStream standardInput() {
        return standardInput;
    }

    /** The exit statuses, as the usage help lists them. */
    public static final class ExitCode {
        public static final int OK = 0;
        public static final int REJECTED = 1;
        public static final int USAGE = 2;
        public static final int INTERNAL = 3;

        private ExitCode() {
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LabelCommand.class.getPackage().getImplementationVersion();
            return new String[] {"label " + (version == null ? "(development build)" : version)
                    + ", Java " + System.getProperty("java.version")};
        }
    }
}
