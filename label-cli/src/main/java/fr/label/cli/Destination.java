package fr.label.cli;

import fr.label.Language;
import fr.label.report.StagedOutput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a command prints its results: standard output, or with {@code --output FILE} a file
 * written whole or not at all. The file is written beside its target and renamed into place by
 * {@link #commit()}; closed without a commit (a failure) or stopped by a signal, it is deleted
 * and an existing target is left untouched.
 */
final class Destination implements AutoCloseable {

    private final PrintWriter stdout;
    private final StagedOutput staged;
    private final PrintWriter out;
    private final Language language;

    private Destination(PrintWriter stdout, StagedOutput staged, PrintWriter out, Language language) {
        this.stdout = stdout;
        this.staged = staged;
        this.out = out;
        this.language = language;
    }

    /**
     * Standard output when {@code output} is null, else the file.
     *
     * @throws ParameterException when the file cannot be a target (a folder): a usage error
     */
    static Destination of(Path output, CommandSpec spec, Language language) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (output == null) {
            return new Destination(stdout, null, stdout, language);
        }
        StagedOutput staged;
        try {
            staged = StagedOutput.file(output);
        } catch (StagedOutput.UnusableTargetException e) {
            throw new ParameterException(spec.commandLine(), UsageText.unusableTarget(language, "--output", e));
        }
        try {
            PrintWriter file = new PrintWriter(new OutputStreamWriter(staged.stream(), StandardCharsets.UTF_8), false);
            return new Destination(stdout, staged, file, language);
        } catch (RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /** Where to print the results. */
    PrintWriter out() {
        return out;
    }

    /** Ends the output: flushes standard output, or renames the file into place and says so. */
    void commit() {
        out.flush();
        if (staged != null) {
            staged.commit();
            stdout.println(Output.written(language, staged.target()));
        }
    }

    /** Without a commit, deletes the file being written: the target stays as it was. */
    @Override
    public void close() {
        if (staged != null) {
            staged.close();
        }
    }
}
