package fr.label.cli;

import fr.label.Language;
import fr.label.RuleDiagnostics;
import fr.label.RuleSetException;
import fr.label.TemporaryFileException;
import fr.label.UnknownEditionException;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;
import fr.label.dossier.Rejection;
import fr.label.report.SafeText;
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
        String unknownCommand = unknownCommand(problem);
        err.println("label: " + (unknownCommand != null ? unknownCommandMessage(unknownCommand, commandLine, args)
                : firstLine(problem.getMessage())));
        UnmatchedArgumentException.printSuggestions(problem, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return LabelCommand.ExitCode.USAGE;
    }

    /** The word given where a command was expected (label bogus), or null for another usage error. */
    private static String unknownCommand(ParameterException problem) {
        if (problem instanceof UnmatchedArgumentException unmatched
                && problem.getCommandLine().getCommandSpec().parent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return unmatched.getUnmatched().get(0);
        }
        return null;
    }

    /**
     * "unknown command", with the commands. The top level has no --lang: the message follows one
     * given anywhere on the line, else it is French, the tool's default.
     */
    private static String unknownCommandMessage(String word, CommandLine top, String[] args) {
        String commands = String.join(", ", top.getSubcommands().keySet());
        List<String> given = List.of(args);
        int lang = given.indexOf("--lang");
        boolean en = given.contains("--lang=en") || (lang >= 0 && lang + 1 < args.length && args[lang + 1].equals("en"));
        return en ? "unknown command '" + word + "'; the commands are: " + commands
                : "commande inconnue « " + word + " » ; les commandes sont : " + commands;
    }

    /**
     * What the commands throw: rejected input (exit 1) or a bug (exit 3). The disk refusing the
     * mention candidates' temporary file is exit 3 too, as memory running out is: the machine
     * lacked what the job needs, the input is not at fault; the message says what to do.
     */
    static int executionError(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        out.flush();
        if (failure instanceof InvalidInputException invalid) {
            invalid.problems().forEach(problem -> err.println(SafeText.plain(problem.toString())));
            return LabelCommand.ExitCode.REJECTED;
        }
        if (failure instanceof RuleSetException rules) {
            ruleSetError(rules, language(parseResult), err);
            return LabelCommand.ExitCode.REJECTED;
        }
        if (failure instanceof TemporaryFileException temporary) {
            err.println("label: " + temporaryFileMessage(temporary, language(parseResult)));
            return LabelCommand.ExitCode.INTERNAL;
        }
        if (failure instanceof UnknownEditionException unknown) {
            err.println("label: " + unknown.getMessage() + " (or give the edition's rules with --rules DIR)");
            return LabelCommand.ExitCode.REJECTED;
        }
        if (failure instanceof UncheckedIOException io) {
            err.println("label: " + messageOf(io));
            return LabelCommand.ExitCode.REJECTED;
        }
        err.println(internalError(failure));
        return LabelCommand.ExitCode.INTERNAL;
    }

    /** The temporary file that failed an edition, its folder and what to do, with the tool's own way to do it. */
    static String temporaryFileMessage(TemporaryFileException temporary, Language language) {
        return SafeText.plain(RuleDiagnostics.text(language, "temporaryFile.commandLine", temporary.message(language)));
    }

    /** The first line of what went wrong with a file. */
    static String messageOf(UncheckedIOException io) {
        // Without a message of its own, it shows its cause's class name: the cause's message reads better.
        String message = io.getCause() != null && io.getMessage().equals(io.getCause().toString())
                && io.getCause().getMessage() != null ? io.getCause().getMessage() : io.getMessage();
        return firstLine(message);
    }

    /** Rules that cannot be used: a heading, then at most 20 problems, each at its file and line, in the language. */
    static void ruleSetError(RuleSetException rules, Language language, PrintWriter err) {
        List<String> lines = rules.describe(language);
        err.println("label: " + SafeText.plain(lines.get(0)));
        lines.subList(1, lines.size()).forEach(line -> err.println(SafeText.plain(line)));
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
                err.println(SafeText.plain(problem.toString()));
            }
        }
        err.println("label: " + rejections.size() + (rejections.size() == 1 ? " dossier" : " dossiers")
                + " rejected; " + evaluated + (evaluated == 1 ? " valid dossier" : " valid dossiers") + " evaluated.");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
