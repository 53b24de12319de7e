package fr.label.cli;

import fr.label.Language;
import fr.label.RuleDiagnostics;
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
            ruleSetError(rules, language(parseResult), err);
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

    /** Rules that cannot be used: a heading, then at most 20 problems, each at its file and line, in the language. */
    static void ruleSetError(RuleSetException rules, Language language, PrintWriter err) {
        List<String> lines = rules.describe(language);
        err.println("label: " + lines.get(0));
        lines.subList(1, lines.size()).forEach(err::println);
    }

    /**
     * The memory ran out. With rules of the user's own (--rules, --candidate, --base DIR), a rule
     * inserting without end is the likely cause: a rule-set problem, exit 1. Otherwise the memory
     * is simply too small for the job: an internal error, exit 3, that says so.
     */
    static int outOfMemory(String[] args, PrintWriter err) {
        boolean customRules = false;
        for (int i = 0; i < args.length; i++) {
            customRules |= args[i].equals("--rules") || args[i].startsWith("--rules=")
                    || args[i].equals("--candidate") || args[i].startsWith("--candidate=")
                    || (args[i].equals("--base") && i + 1 < args.length && !Engines.isYear(args[i + 1]));
        }
        Language language = Language.FR;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang") && args[i + 1].equalsIgnoreCase("en")) {
                language = Language.EN;
            }
        }
        if (customRules) {
            err.println("label: " + RuleDiagnostics.text(language, "rules.outOfMemory",
                    RuleDiagnostics.phrase("subject.evaluation")));
            return LabelCommand.ExitCode.REJECTED;
        }
        err.println("label: " + RuleDiagnostics.text(language, "memory.tooSmall"));
        return LabelCommand.ExitCode.INTERNAL;
    }

    /** The --lang of the command that ran, French when it has none. */
    private static Language language(ParseResult parseResult) {
        ParseResult command = parseResult;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        return command.hasMatchedOption("--lang") ? command.matchedOptionValue("--lang", Language.FR) : Language.FR;
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
