package fr.label.cli;

import fr.label.RuleSetException;
import fr.label.UnknownEditionException;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.dossier.Rejection;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Turns every failure into a few lines on stderr and an exit status; never a stack trace. */
final class Failures {

    private Failures() {
    }

    /** A usage error: what is wrong, and where to find help. Exit 2. */
    static int usageError(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("label: " + firstLine(problem.getMessage()));
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return LabelCommand.ExitCode.USAGE;
    }

    /** What the commands throw: rejected input (exit 1) or a bug (exit 3). */
    static int executionError(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        out.flush();
        if (failure instanceof InvalidInputException invalid) {
            invalid.problems().forEach(problem -> err.println(problem));
            return LabelCommand.ExitCode.REJECTED;
        }
        if (failure instanceof RuleSetException rules) {
            err.println("label: " + rules.getMessage().lines().findFirst().orElse("the rules cannot be used"));
            rules.problems().forEach(problem -> err.println(problem));
            return LabelCommand.ExitCode.REJECTED;
        }
        if (failure instanceof UnknownEditionException unknown) {
            err.println("label: " + unknown.getMessage() + " (or give the edition's rules with --rules DIR)");
            return LabelCommand.ExitCode.REJECTED;
        }
        if (failure instanceof UncheckedIOException io) {
            // Without a message of its own, it shows its cause's class name: the cause's message reads better.
            String message = io.getCause() != null && io.getMessage().equals(io.getCause().toString())
                    && io.getCause().getMessage() != null ? io.getCause().getMessage() : io.getMessage();
            err.println("label: " + firstLine(message));
            return LabelCommand.ExitCode.REJECTED;
        }
        err.println(internalError(failure));
        return LabelCommand.ExitCode.INTERNAL;
    }

    /** One line for an error the tool did not expect. */
    static String internalError(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage());
        return "label: internal error: " + failure.getClass().getSimpleName() + message
                + " (this is a bug of the tool; exit status 3)";
    }

    /** Reports the rejected dossiers of an edition on stderr: every problem with its file and JSON path. */
    static void reportRejections(List<Rejection> rejections, int evaluated, PrintWriter err) {
        if (rejections.isEmpty()) {
            return;
        }
        for (Rejection rejection : rejections) {
            for (InputProblem problem : rejection.problems()) {
                err.println(problem);
            }
        }
        err.println("label: " + rejections.size() + (rejections.size() == 1 ? " dossier" : " dossiers")
                + " rejected; " + evaluated + (evaluated == 1 ? " valid dossier" : " valid dossiers") + " evaluated.");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
