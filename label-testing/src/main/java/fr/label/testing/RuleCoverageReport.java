package fr.label.testing;

import fr.label.Language;
import fr.label.RuleInfo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule coverage of a scenario run in one edition: each rule of the edition's rule set with
 * how many times it fired over the whole run.
 *
 * @param edition the palmarès year
 * @param ruleSet which rules ran: {@value #SHIPPED}, or the rules directory
 * @param firings each rule of the rule set, in rule set order, with its firing count
 */
public record RuleCoverageReport(int edition, String ruleSet, Map<RuleInfo, Long> firings) {

    /** {@link #ruleSet()} of the rules shipped with the library. */
    public static final String SHIPPED = "shipped";

    /**
     * Keeps a copy of the counts, in their order.
     *
     * @param edition the palmarès year
     * @param ruleSet which rules ran: {@code shipped}, or the rules directory
     * @param firings each rule of the rule set, in rule set order, with its firing count
     */
    public RuleCoverageReport {
        firings = Collections.unmodifiableMap(new LinkedHashMap<>(firings));
    }

    /**
     * The rules that never fired, with their file.
     *
     * @return those rules, in rule-set order
     */
    public List<RuleInfo> neverFired() {
        List<RuleInfo> never = new ArrayList<>();
        firings.forEach((rule, count) -> {
            if (count == 0) {
                never.add(rule);
            }
        });
        return never;
    }

    /**
     * How many rules fired at least once.
     *
     * @return the count
     */
    public int fired() {
        return firings.size() - neverFired().size();
    }

    /**
     * The share of the rules that fired at least once, from 0 to 100.
     *
     * @return from 0 to 100
     */
    public double percent() {
        return firings.isEmpty() ? 100 : 100.0 * fired() / firings.size();
    }

    /**
     * "37 of 37 rules fired (100%)", the percentage rounded down so that 99.9 never reads as 100.
     *
     * @return the line
     */
    public String summary() {
        return summary(Language.EN);
    }

    /** "37 of 37 rules fired (100%)" or "37 règles sur 37 déclenchées (100 %)", the percentage rounded down. */
    public String summary(Language language) {
        if (language == Language.EN) {
            return fired() + " of " + firings.size() + " rules fired (" + percentText() + ")";
        }
        return fired() + (firings.size() == 1 ? " règle sur 1 déclenchée (" : " règles sur " + firings.size()
                + " déclenchées (") + percentText(language) + ")";
    }

    String percentText() {
        return percentText(Language.EN);
    }

    /** "99.9%", or "99,9 %" in French. */
    String percentText(Language language) {
        double floor = Math.floor(percent() * 10) / 10;
        String number = floor == Math.rint(floor) ? String.valueOf((long) floor) : String.valueOf(floor);
        return language == Language.EN ? number + "%" : number.replace('.', ',') + " %";
    }
}
