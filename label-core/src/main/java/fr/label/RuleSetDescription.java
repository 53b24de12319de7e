package fr.label;

import fr.label.result.Mention;

import java.time.LocalDate;
import java.util.List;

/**
 * A compiled rule set, as its rules describe it: the edition they are for, its jury date, its
 * arobases table and mention catalogue, its files and rules. Given by {@link LabelRules}; an
 * engine can be built on it without compiling the rules again
 * ({@code LabelEngine.builder().edition(2023).rules(description).build()}). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * RuleSetDescription rules = LabelRules.compile(Path.of("my-rules"));
 * rules.edition();           // 2023
 * rules.thresholds();        // the arobases table, line by line
 * rules.rules();             // every rule, by file
 * }</pre>
 */
public interface RuleSetDescription {

    /** The rule set's name: {@code edition 2023} for shipped rules, else the rules directory. */
    String name();

    /** The palmarès year the rules are for, as they set it. */
    int edition();

    /** The reference date of the edition, as its rules set it. */
    LocalDate juryDate();

    /** The edition's arobases table, line by line as its rules write it. */
    List<Threshold> thresholds();

    /** The edition's mentions, with their caps, in catalogue order. */
    List<Mention> catalogue();

    /** The rule files, in rule set order. */
    List<RuleFile> files();

    /** Every rule, by file then by line. */
    List<RuleInfo> rules();

    /** Whether these are the rules shipped with the library, rather than a rule author's copy. */
    boolean shipped();

    /** Which rules these are: the edition, the digest of the files' text, the library version. */
    RuleSetFingerprint fingerprint();

    /**
     * The rules that state figures of the method rather than decide (a threshold, a date, a
     * catalogue): those with no condition, as written, for documentation.
     */
    List<FigureRule> figureRules();
}
