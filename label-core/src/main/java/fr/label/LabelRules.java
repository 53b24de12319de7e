package fr.label;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The rule sets, for rule authors and tools: export an edition's shipped rule files to edit them,
 * check a rules directory, describe a rule set, compile a rules directory once for several
 * engines. No rule engine is named here: the rules module found by {@link LabelEngine} does the
 * work.
 *
 * <pre>{@code
 * LabelRules.export(2023, Path.of("my-rules"));                  // the 2023 rules, flat, ready to edit
 * RuleCheck check = LabelRules.check(Path.of("my-rules"));        // errors and warnings, file:line
 * RuleSetDescription mine = LabelRules.compile(Path.of("my-rules"));
 * LabelEngine engine = LabelEngine.builder().edition(mine.edition()).rules(mine).build();
 * }</pre>
 */
public final class LabelRules {

    private LabelRules() {
    }

    /** The editions with a shipped rule set, in ascending order. */
    public static List<Integer> editions() {
        return LabelEngine.Builder.factory().editions();
    }

    /**
     * The files of an edition's shipped rule set, in rule set order: the common files, each
     * replaced by the edition's own file of the same name, then the edition's other files.
     *
     * @throws UnknownEditionException listing the known editions
     */
    public static List<RuleFile> files(int edition) {
        return LabelEngine.Builder.factory().files(edition);
    }

    /**
     * The shipped rule set of an edition, loaded once and shared.
     *
     * @throws UnknownEditionException listing the known editions
     */
    public static RuleSetDescription shipped(int edition) {
        return LabelEngine.Builder.factory().shipped(edition);
    }

    /**
     * Compiles the {@code .drl} files of a directory and its subdirectories, in path order, as one
     * rule set.
     *
     * @throws RuleSetException with {@code file:line:column: message} for each error
     */
    public static RuleSetDescription compile(Path directory) {
        return compile(directory, null);
    }

    /**
     * Compiles the rules of one edition of a directory laid out like the shipped rules
     * ({@code common/} and {@code edition-YYYY/} folders), as {@link #compile(Path)}; for a directory
     * of one rule set, {@code edition} may be {@code null}.
     *
     * @throws RuleSetException with {@code file:line:column: message} for each error
     */
    public static RuleSetDescription compile(Path directory, Integer edition) {
        return LabelEngine.Builder.factory().compile(directory, edition);
    }

    /**
     * Checks the {@code .drl} files of a directory as one rule set, as every engine built from a
     * directory is checked, and warns of what is very likely wrong; problems are reported, not thrown.
     */
    public static RuleCheck check(Path directory) {
        return check(directory, null);
    }

    /**
     * Checks one edition of a directory laid out like the shipped rules, as {@link #check(Path)};
     * for a directory of one rule set, {@code edition} may be {@code null}.
     */
    public static RuleCheck check(Path directory, Integer edition) {
        return LabelEngine.Builder.factory().check(directory, edition);
    }

    /**
     * Writes the complete rule set of an edition, flat, into a directory (created if needed; files
     * of the same name are replaced): a copy ready to edit and to use with
     * {@code LabelEngine.builder().rules(directory)} or {@code --rules DIR}.
     *
     * @return the files written, in rule set order
     * @throws UnknownEditionException listing the known editions
     * @throws UncheckedIOException    when the directory cannot be written, saying why
     */
    public static List<Path> export(int edition, Path directory) {
        return LabelEngine.Builder.factory().export(edition, directory);
    }

    /**
     * A rule set like {@code rules} with one rule's text replaced, where only that rule is compiled
     * again: what a mutation run ({@code ./label test --mutants}) builds for each mutant. The rule
     * keeps its name; {@code ruleText} runs from {@code rule} to {@code end} and is compiled with
     * its file's package, imports and globals. Give rules from {@link #compile(Path)}: shipped
     * rules, precompiled, are compiled from their files first.
     *
     * <pre>{@code
     * RuleSetDescription mine = LabelRules.compile(Path.of("my-rules"));
     * RuleSetDescription changed = LabelRules.withRule(mine, "Thresholds: mentions", newText);
     * LabelEngine engine = LabelEngine.builder().edition(changed.edition()).rules(changed).build();
     * }</pre>
     *
     * @throws IllegalArgumentException when the rule set has no such rule
     * @throws RuleSetException         when the new rule does not compile or the rule set cannot be used
     */
    public static RuleSetDescription withRule(RuleSetDescription rules, String ruleName, String ruleText) {
        return LabelEngine.Builder.factory().withRule(rules, ruleName, ruleText);
    }
}
