package fr.label.rules.check;

import fr.label.RuleFile;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.RuleWarning;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleSetCompiler;
import fr.label.rules.engine.RuleText;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code .drl} files of a directory as an edition's rule set, for rule authors: every
 * error with its file, line and column, and a warning for each rule that can never fire because
 * no session can hold the facts its conditions need.
 *
 * <pre>{@code
 * RuleSetCheck.Report report = RuleSetCheck.directory(Path.of("my-rules"));
 * report.errors().forEach(System.out::println);     // my-rules/levels.drl:40: Rule Compilation error ...
 * report.warnings().forEach(System.out::println);   // my-rules/levels.drl:16: warning: rule "..." can never fire: ...
 * }</pre>
 */
public final class RuleSetCheck {

    private RuleSetCheck() {
    }

    /**
     * What the check found.
     *
     * @param name     the rule set's name (the directory)
     * @param files    the files checked
     * @param ruleSet  the compiled rule set, or {@code null} when there are errors
     * @param errors   what keeps the rule set from being used
     * @param warnings what is very likely wrong in a rule set that compiles
     */
    public record Report(String name, List<RuleFile> files, RuleSet ruleSet, List<RuleProblem> errors,
                         List<RuleWarning> warnings) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Checks the {@code .drl} files of a directory and its subdirectories. */
    public static Report directory(Path directory) {
        String name = directory.toString();
        List<RuleFile> files;
        try {
            files = RuleSetCompiler.filesOf(directory);
        } catch (RuleSetException e) {
            return new Report(name, List.of(), null, e.problems(), List.of());
        }
        return files(name, files);
    }

    /** Checks rule files as one rule set. */
    public static Report files(String name, List<RuleFile> files) {
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.compile(name, files);
        } catch (RuleSetException e) {
            return new Report(name, files, null, e.problems(), List.of());
        } catch (RuntimeException e) {
            // The rule set runs its rules once when compiled; a consequence may fail there.
            return new Report(name, files, null, List.of(new RuleProblem(null, 0, 0,
                    "a rule failed while the rule set was read: " + firstLine(e))), List.of());
        }
        Map<String, RuleText> texts = RuleText.of(files);
        return new Report(name, files, ruleSet, List.of(), FactFlow.neverFiring(ruleSet.kieBase(), texts));
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
