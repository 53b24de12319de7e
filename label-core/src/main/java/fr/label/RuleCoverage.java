package fr.label;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts how many times each rule fired, across threads and engines it listens to. */
public final class RuleCoverage implements RuleFiringListener {

    /** An empty count, ready to be given to {@link LabelEngine.Builder#listener(RuleFiringListener)}. */
    public RuleCoverage() {
    }

    private final Map<String, LongAdder> firings = new ConcurrentHashMap<>();

    /**
     * Counts one firing of the rule.
     *
     * @param rule the rule's name
     */
    @Override
    public void fired(String rule) {
        firings.computeIfAbsent(rule, name -> new LongAdder()).increment();
    }

    /**
     * @param rule a rule's name
     * @return how many times it fired, 0 if never
     */
    public long firings(String rule) {
        LongAdder count = firings.get(rule);
        return count == null ? 0 : count.sum();
    }

    /**
     * Each rule of the list with its firing count, in the list's order.
     *
     * @param rules the rules to count, e.g. {@link LabelEngine#rules()}
     * @return each rule with its firing count
     */
    public Map<RuleInfo, Long> counts(List<RuleInfo> rules) {
        Map<RuleInfo, Long> counts = new LinkedHashMap<>();
        rules.forEach(rule -> counts.put(rule, firings(rule.name())));
        return counts;
    }

    /**
     * @param rules the rules to look at, e.g. {@link LabelEngine#rules()}
     * @return those that never fired, in the list's order
     */
    public List<RuleInfo> neverFired(List<RuleInfo> rules) {
        return rules.stream().filter(rule -> firings(rule.name()) == 0).toList();
    }

    /**
     * The share of the rules that fired at least once.
     *
     * @param rules the rules to look at, e.g. {@link LabelEngine#rules()}
     * @return from 0 to 100; 100 for no rule
     */
    public double percent(List<RuleInfo> rules) {
        if (rules.isEmpty()) {
            return 100;
        }
        return 100.0 * (rules.size() - neverFired(rules).size()) / rules.size();
    }
}
