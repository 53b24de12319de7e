package fr.label;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts how many times each rule fired, across threads and engines it listens to. */
public final class RuleCoverage implements RuleFiringListener {

    private final Map<String, LongAdder> firings = new ConcurrentHashMap<>();

    /** A coverage with no firing yet: give it to {@link LabelEngine.Builder#listener(RuleFiringListener)}. */
    public RuleCoverage() {
    }

    @Override
    public void fired(String rule) {
        firings.computeIfAbsent(rule, name -> new LongAdder()).increment();
    }

    public long firings(String rule) {
        LongAdder count = firings.get(rule);
        return count == null ? 0 : count.sum();
    }

    /** Each rule of the list with its firing count, in the list's order. */
    public Map<RuleInfo, Long> counts(List<RuleInfo> rules) {
        Map<RuleInfo, Long> counts = new LinkedHashMap<>();
        rules.forEach(rule -> counts.put(rule, firings(rule.name())));
        return counts;
    }

    public List<RuleInfo> neverFired(List<RuleInfo> rules) {
        return rules.stream().filter(rule -> firings(rule.name()) == 0).toList();
    }

    /** The share of the rules that fired at least once, from 0 to 100. */
    public double percent(List<RuleInfo> rules) {
        if (rules.isEmpty()) {
            return 100;
        }
        return 100.0 * (rules.size() - neverFired(rules).size()) / rules.size();
    }
}
