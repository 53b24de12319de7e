package fr.label;

import java.util.List;

/**
 * What checking a rules directory found ({@link LabelRules#check(java.nio.file.Path)}): every
 * error that keeps the rules from being used, with its file, line and column, and a warning for
 * each rule that can never fire because nothing inserts a fact its conditions need.
 *
 * @param name     the rule set's name (the directory)
 * @param files    the files checked
 * @param ruleSet  the compiled rule set, or {@code null} when there are errors
 * @param errors   what keeps the rule set from being used
 * @param warnings what is very likely wrong in a rule set that compiles
 */
public record RuleCheck(String name, List<RuleFile> files, RuleSetDescription ruleSet, List<RuleProblem> errors,
                        List<RuleWarning> warnings) {

    public RuleCheck {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the rules can be used: no error. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
