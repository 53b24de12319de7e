package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.UnknownEditionException;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;

import fr.label.examples.ExampleEditions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.List;

/** Builds the engine of an edition with the command's options. */
final class Engines {

    private Engines() {
    }

    /**
     * The engine of an edition read from a file: an edition with no rules is that file's problem.
     *
     * @param rules   a rules directory replacing the shipped rules, or {@code null}
     * @param threads threads for an edition, or {@code null} for the default
     */
    static LabelEngine forFile(int edition, String file, Path rules, Integer threads) {
        try {
            return build(edition, rules, threads);
        } catch (UnknownEditionException unknown) {
            throw new InvalidInputException(new InputProblem(file, "edition",
                    "expected an edition with rules, one of " + LabelEngine.editions()
                            + " (or give its rules with --rules DIR), found " + edition));
        }
    }

    /**
     * The year of an example edition given on the command line ("2023"), checked: an example
     * edition exists, and shipped rules for it unless the command brings its own.
     *
     * @throws ParameterException listing the years that would do
     */
    static int exampleYear(String argument, boolean ownRules, CommandSpec spec) {
        List<Integer> known = ExampleEditions.years().stream()
                .filter(y -> ownRules || LabelEngine.editions().contains(y)).toList();
        int year;
        try {
            year = Integer.parseInt(argument);
        } catch (NumberFormatException tooLong) {
            year = -1;
        }
        if (!known.contains(year)) {
            throw new ParameterException(spec.commandLine(), "unknown edition " + argument
                    + "; known editions: " + known);
        }
        return year;
    }

    /** Whether a YEAR|FILE argument names a year (a number) rather than a file. */
    static boolean isYear(String argument) {
        return argument.matches("\\d+");
    }

    static LabelEngine build(int edition, Path rules, Integer threads) {
        LabelEngine.Builder builder = LabelEngine.builder().edition(edition);
        if (rules != null) {
            builder.rules(rules);
        }
        if (threads != null) {
            builder.threads(threads);
        }
        return builder.build();
    }
}
