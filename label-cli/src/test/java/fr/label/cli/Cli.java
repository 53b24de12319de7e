package fr.label.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
final class Cli {

    /** What one run printed, and its exit status. */
    record Run(int status, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LabelCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Runs with {@code input} as standard input (what "-" reads). */
    static Run runWithInput(byte[] input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LabelCommand.run(new java.io.ByteArrayInputStream(input), new PrintWriter(out), new PrintWriter(err),
                args);
        return new Run(status, out.toString(), err.toString());
    }

    static Run runWithInput(String input, String... args) {
        return runWithInput(input.getBytes(java.nio.charset.StandardCharsets.UTF_8), args);
    }

    /** A fixture of src/test/resources/cli/, as a file. */
    static Path fixture(String name) {
        URL url = Cli.class.getResource("/cli/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixtureArg(String name) {
        return fixture(name).toString();
    }
}
