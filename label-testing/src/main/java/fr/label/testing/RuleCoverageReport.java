package fr.label.testing;

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
 * @param ruleSet which rules ran: {@code shipped}, or the rules directory
 * @param firings each rule of the rule set, in rule set order, with its firing count
 */
public record RuleCoverageReport(int edition, String ruleSet, Map<RuleInfo, Long> firings) {

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
        return fired() + " of " + firings.size() + " rules fired (" + percentText() + ")";
    }

    String percentText() {
        double floor = Math.floor(percent() * 10) / 10;
        return (floor == Math.rint(floor) ? String.valueOf((long) floor) : String.valueOf(floor)) + "%";
    }
}
