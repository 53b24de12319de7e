package fr.label.cli;

import fr.label.LabelEngine;
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
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns every failure into a few lines on stderr and an exit status; never a stack trace. */
final class Failures {

    private Failures() {
    }

    /**
     * A usage error: what is wrong, and where to find help, in the language of the line (see
     * {@link #languageOf}). Picocli's own messages are rebuilt from the exception's parts in
     * {@link UsageText}; the commands' own usage errors are already in their --lang. Exit 2.
     */
    static int usageError(ParameterException problem, String[] args) {
        CommandLine commandLine = problem.getCommandLine();
        PrintWriter err = commandLine.getErr();
        Language language = languageOf(args);
        String unknownCommand = unknownCommand(problem);
        // The words typed are echoed: a control character in them is shown, not obeyed.
        err.println("label: " + SafeText.plain(unknownCommand != null
                ? unknownCommandMessage(unknownCommand, commandLine, language) : usageMessage(problem, language)));
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(suggestions(unmatched, language));
        }
        err.println(UsageText.TRY_HELP.in(language, commandLine.getCommandSpec().qualifiedName()));
        return LabelCommand.ExitCode.USAGE;
    }

    /**
     * The language of a command line from its words, before (or without) parsing: the last
     * {@code --lang en} or {@code --lang=en} given anywhere (the top level has no --lang of its
     * own), else French, the tool's default, also when the language itself is what is wrong.
     */
    static Language languageOf(String[] args) {
        Language language = Language.FR;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    language = Language.of(value);
                } catch (IllegalArgumentException bad) {
                    language = Language.FR;
                }
            }
        }
        return language;
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

    /** "unknown command", with the commands. */
    private static String unknownCommandMessage(String word, CommandLine top, Language language) {
        return UsageText.UNKNOWN_COMMAND.in(language, word, String.join(", ", top.getSubcommands().keySet()));
    }

    private static final Pattern UNMATCHED_INDEX = Pattern.compile("^Unmatched arguments? (?:at|from) index (\\d+)");
    private static final Pattern VALUE_EXPECTED = Pattern.compile("^Expected parameter for option '.*' but found '(.*)'$");

    /**
     * Picocli's message, rebuilt in the language from what the exception holds; a message of the
     * commands themselves as it is. A picocli message this tool cannot meet (argument groups...)
     * stays as picocli wrote it.
     */
    private static String usageMessage(ParameterException problem, Language language) {
        String message = firstLine(problem.getMessage());
        if (problem instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String quoted = UsageText.quoted(language, words);
            if (unmatched.isUnknownOption()) {
                return (words.size() == 1 ? UsageText.UNKNOWN_OPTION : UsageText.UNKNOWN_OPTIONS).in(language, quoted);
            }
            Matcher index = UNMATCHED_INDEX.matcher(message);
            if (index.find()) {
                return (words.size() == 1 ? UsageText.UNMATCHED_ARGUMENT : UsageText.UNMATCHED_ARGUMENTS)
                        .in(language, index.group(1), quoted);
            }
            return message;
        }
        if (problem instanceof MissingParameterException missing) {
            return missingMessage(missing, message, language);
        }
        if (problem instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return UsageText.OPTION_TWICE.in(language, option.longestName(), valueLabel(option));
        }
        ArgSpec arg = problem.getArgSpec();
        if (arg != null && problem.getCause() != null && message.startsWith("Invalid value for ")) {
            return invalidValueMessage(arg, problem, language);
        }
        return message;
    }

    /** A required option or parameter, or an option's value, that is missing. */
    private static String missingMessage(MissingParameterException missing, String message, Language language) {
        List<ArgSpec> args = missing.getMissing();
        if (message.startsWith("Missing required parameter for option ") && args.get(0) instanceof OptionSpec option) {
            return UsageText.MISSING_VALUE.in(language, option.longestName(), valueLabel(option));
        }
        Matcher found = VALUE_EXPECTED.matcher(message);
        if (found.matches() && args.get(0) instanceof OptionSpec option) {
            return UsageText.VALUE_EXPECTED.in(language, option.longestName(), found.group(1));
        }
        if (!message.startsWith("Missing required ")) {
            return message;
        }
        List<String> names = args.stream().map(arg -> arg instanceof OptionSpec option
                ? option.longestName() + (option.arity().min > 0 ? "=" + option.paramLabel() : "")
                : arg.paramLabel()).toList();
        long options = args.stream().filter(ArgSpec::isOption).count();
        UsageText text = options == 0 ? (args.size() == 1 ? UsageText.MISSING_PARAMETER : UsageText.MISSING_PARAMETERS)
                : options == args.size() ? (args.size() == 1 ? UsageText.MISSING_OPTION : UsageText.MISSING_OPTIONS)
                : UsageText.MISSING_ARGUMENTS;
        return text.in(language, UsageText.quoted(language, names));
    }

    /** " (LABEL)" after an option that takes a value, as picocli names it. */
    private static String valueLabel(OptionSpec option) {
        return option.arity().max > 0 ? " (" + option.paramLabel() + ")" : "";
    }

    /** "Invalid value for option '--x': " and what the converter said, in the language. */
    private static String invalidValueMessage(ArgSpec arg, ParameterException problem, Language language) {
        // In English, picocli's own converters' words, as they always were.
        String said = problem.getCause() instanceof Options.InvalidValue invalid ? invalid.text(language)
                : language == Language.EN ? firstLine(problem.getCause().getMessage())
                : Integer.class.equals(arg.type()) ? UsageText.EXPECTED_INTEGER.in(language, problem.getValue())
                : Double.class.equals(arg.type()) ? UsageText.EXPECTED_NUMBER.in(language, problem.getValue())
                : UsageText.EXPECTED.in(language, arg.paramLabel(), problem.getValue());
        return arg instanceof OptionSpec option ? UsageText.INVALID_OPTION_VALUE.in(language, option.longestName(), said)
                : UsageText.INVALID_PARAMETER_VALUE.in(language, arg.paramLabel(), said,
                String.valueOf(((PositionalParamSpec) arg).index()));
    }

    /** Picocli's suggestions: near options, or near commands. */
    private static String suggestions(UnmatchedArgumentException unmatched, Language language) {
        List<String> suggestions = unmatched.getSuggestions();
        if (unmatched.isUnknownOption()) {
            return UsageText.POSSIBLE_SOLUTIONS.in(language, String.join(", ", suggestions));
        }
        String command = unmatched.getCommandLine().getCommandSpec().name();
        List<String> commands = suggestions.stream().map(name -> command + " " + name).toList();
        return UsageText.DID_YOU_MEAN.in(language, String.join(language == Language.EN ? " or " : " ou ", commands));
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
            err.println("label: " + RuleDiagnostics.text(language(parseResult), "commandLine.unknownEdition",
                    unknown.edition(), LabelEngine.editions()));
            return LabelCommand.ExitCode.REJECTED;
        }
        if (failure instanceof UncheckedIOException io) {
            err.println("label: " + messageOf(io));
            return LabelCommand.ExitCode.REJECTED;
        }
        err.println(internalError(failure, language(parseResult)));
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
        Language language = languageOf(args);
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
        if (parseResult == null) {
            return Language.FR;
        }
        ParseResult command = parseResult;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        return command.hasMatchedOption("--lang") ? command.matchedOptionValue("--lang", Language.FR) : Language.FR;
    }

    /** One line for an error the tool did not expect, in the language. */
    static String internalError(Throwable failure, Language language) {
        String message = failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage());
        return "label: " + SafeText.plain(RuleDiagnostics.text(language, "commandLine.internalError",
                failure.getClass().getSimpleName() + message));
    }

    /** Reports the rejected dossiers of an edition on stderr: every problem with its file and JSON path. */
    static void reportRejections(List<Rejection> rejections, int evaluated, Language language, PrintWriter err) {
        if (rejections.isEmpty()) {
            return;
        }
        for (Rejection rejection : rejections) {
            for (InputProblem problem : rejection.problems()) {
                err.println(SafeText.plain(problem.toString()));
            }
        }
        err.println("label: " + RuleDiagnostics.text(language, "commandLine.rejections",
                counted(language, "commandLine.rejected", rejections.size()),
                counted(language, "commandLine.evaluated", evaluated)));
    }

    /** "1 dossier", "2 dossiers": French counts 0 and 1 in the singular, English only 1. */
    private static String counted(Language language, String key, int count) {
        boolean one = count == 1 || (count == 0 && language == Language.FR);
        return RuleDiagnostics.text(language, key + (one ? ".one" : ".many"), count);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
