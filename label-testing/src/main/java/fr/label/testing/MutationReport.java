package fr.label.testing;

import java.util.List;

/**
 * The mutants of one edition's rule set and what the scenarios made of them: the mutation score
 * says how many of the small changes a rule author could make by mistake the scenarios notice.
 *
 * @param edition  the palmarès year
 * @param ruleSet  which rules were mutated: {@value RuleCoverageReport#SHIPPED}, or the rules directory
 * @param outcomes   every mutant's outcome, in rule set order
 * @param notMutated the rules with no condition whose facts no condition of the rule set reads (in
 *                   2020, with no mentions, the mentions' figures): no dossier could tell a change of
 *                   them from the rules, so they get no mutant
 */
public record MutationReport(int edition, String ruleSet, List<MutantOutcome> outcomes, List<String> notMutated) {

    /**
     * Keeps copies of the lists.
     *
     * @param edition    the palmarès year
     * @param ruleSet    which rules were mutated
     * @param outcomes   every mutant's outcome, in rule set order
     * @param notMutated the rules with no condition whose facts no condition reads
     */
    public MutationReport {
        outcomes = List.copyOf(outcomes);
        notMutated = List.copyOf(notMutated);
    }

    /**
     * A report where every rule got its mutants.
     *
     * @param edition  the palmarès year
     * @param ruleSet  which rules were mutated
     * @param outcomes every mutant's outcome, in rule set order
     */
    public MutationReport(int edition, String ruleSet, List<MutantOutcome> outcomes) {
        this(edition, ruleSet, outcomes, List.of());
    }

    /**
     * @return how many mutants were killed, by a scenario or by the engine
     */
    public long killed() {
        return outcomes.stream().filter(MutantOutcome::killed).count();
    }

    /**
     * @return the mutants no scenario noticed, in rule set order
     */
    public List<MutantOutcome> survivors() {
        return outcomes.stream().filter(outcome -> !outcome.killed()).toList();
    }

    /**
     * The share of mutants killed, in percent: 100 when there is no mutant.
     *
     * @return from 0 to 100
     */
    public double score() {
        return outcomes.isEmpty() ? 100 : 100.0 * killed() / outcomes.size();
    }
}
