package fr.label.cli;

import fr.label.LabelEngine;
import fr.label.UnknownEditionException;
import fr.label.dossier.InputProblem;
import fr.label.dossier.InvalidInputException;

import java.nio.file.Path;

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
