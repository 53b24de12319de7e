package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.Language;
import fr.label.UnknownEditionException;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;

import fr.label.examples.ExampleEditions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the engine of an edition with the command's options. */
final class Engines {

    private Engines() {
    }

    /**
     * The engine of an edition read from a file: an edition with no rules is that file's problem.
     *
     * @param rules      a rules directory replacing the shipped rules, or {@code null}
     * @param threads    threads for an edition, or {@code null} for the default
     * @param maxFirings rule firings a dossier may take, or {@code null} for the default
     */
    static LabelEngine forFile(int edition, String file, Path rules, Integer threads, Integer maxFirings) {
        try {
            return build(edition, rules, threads, maxFirings);
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
     * @throws ParameterException listing the years that would do, in the language
     */
    static int exampleYear(String argument, boolean ownRules, CommandSpec spec, Language language) {
        List<Integer> known = exampleYears(ownRules);
        int year;
        try {
            year = Integer.parseInt(argument);
        } catch (NumberFormatException tooLong) {
            year = -1;
        }
        if (!known.contains(year)) {
            throw new ParameterException(spec.commandLine(),
                    UsageText.UNKNOWN_EDITION.in(language, argument, known.toString()));
        }
        return year;
    }

    /** The years of the example editions, those with shipped rules unless the command brings its own. */
    static List<Integer> exampleYears(boolean ownRules) {
        return ExampleEditions.years().stream().filter(y -> ownRules || LabelEngine.editions().contains(y)).toList();
    }

    /**
     * Checks a rules option before anything is read: it names a folder of .drl files.
     *
     * @throws ParameterException saying a folder was expected and what was found
     */
    static void checkRulesFolder(Path folder, String option, CommandSpec spec, Language language) {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        UsageText found = Files.exists(folder) ? UsageText.FOUND_A_FILE : UsageText.FOUND_NOTHING;
        throw new ParameterException(spec.commandLine(),
                UsageText.NOT_A_RULES_FOLDER.in(language, option, folder.toString(), found.in(language)));
    }

    /** Whether a YEAR|FILE argument names a year (a number) rather than a file. */
    static boolean isYear(String argument) {
        return argument.matches("\\d+");
    }

    static LabelEngine build(int edition, Path rules, Integer threads, Integer maxFirings) {
        LabelEngine.Builder builder = LabelEngine.builder().edition(edition);
        if (rules != null) {
            builder.rules(rules);
        }
        if (threads != null) {
            builder.threads(threads);
        }
        if (maxFirings != null) {
            builder.maxFirings(maxFirings);
        }
        return builder.build();
    }
}
