package fr.label.rules.check;

import fr.label.RuleFile;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.RuleWarning;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleSetCompiler;
import fr.label.rules.engine.RuleText;
import org.kie.api.KieBase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code .drl} files of a directory as an edition's rule set, for rule authors and
 * for every engine built from a rules directory: every compile error with its file, line and
 * column; every decision evaluation reads back that no rule can make (the arobases, the
 * eligibility of an action, the edition, the mosaïque...), naming the file that usually makes
 * it; the thresholds table line by line. Warnings: a rule that can never fire because no session
 * can hold the facts its conditions need, a level asking less than the level below.
 *
 * <pre>{@code
 * RuleSetCheck.Report report = RuleSetCheck.directory(Path.of("my-rules"));
 * report.errors().forEach(e -> System.out.println(e.toString(Language.EN)));    // my-rules/levels.drl:40:5: ...
 * report.warnings().forEach(w -> System.out.println(w.toString(Language.EN)));  // my-rules/levels.drl:16: warning: rule "..." can never fire: ...
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
     * @param warnings what is very likely wrong in a rule set that can be used
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
        KieBase kieBase;
        try {
            kieBase = RuleSetCompiler.compile(name, files);
        } catch (RuleSetException e) {
            return new Report(name, files, null, e.problems(), List.of());
        }
        Map<String, RuleText> texts = RuleText.of(files);
        FactFlow flow = FactFlow.of(kieBase, texts);
        FactFlow.Requirements needs = flow.requirements();
        if (!needs.problems().isEmpty()) {
            return new Report(name, files, null, needs.problems(), flow.neverFiring(needs.absent()));
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.of(name, files, kieBase);
        } catch (RuleSetException e) {
            return new Report(name, files, null, e.problems(), List.of());
        }
        ThresholdTable table = ThresholdTable.of(ruleSet);
        List<RuleProblem> errors;
        try {
            errors = table.errors();
        } catch (RuleSetException e) {
            errors = e.problems(); // the rules loop on a dossier with no action
        }
        List<RuleWarning> warnings = new ArrayList<>(table.warnings());
        warnings.addAll(flow.neverFiring(Set.of()));
        return new Report(name, files, errors.isEmpty() ? ruleSet : null, errors, warnings);
    }

    /**
     * The rule set of a rules directory, checked as {@link #directory(Path)} does: what an engine
     * built from a directory runs. Warnings do not stop it.
     *
     * @throws RuleSetException with every error, each naming its file and line where there is one
     */
    public static RuleSet usable(Path directory) {
        return usable(directory, null);
    }

    /**
     * The rule set of an edition in a rules directory, as {@link #usable(Path)}; a directory laid out
     * by edition (common/ and edition-YYYY/ folders) gives the rules of {@code edition}.
     */
    public static RuleSet usable(Path directory, Integer edition) {
        String name = directory.toString();
        Report report = files(name, RuleSetCompiler.filesOf(directory, edition));
        if (!report.ok()) {
            throw new RuleSetException(name, report.errors());
        }
        return report.ruleSet();
    }
}
