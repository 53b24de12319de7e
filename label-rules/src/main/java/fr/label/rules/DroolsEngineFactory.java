package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import fr.label.rules.engine.DroolsLabelEngine;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleSetCompiler;
import fr.label.rules.engine.ShippedRuleSets;
import fr.label.spi.EngineFactory;
import fr.label.spi.EngineSettings;

import java.util.List;

/**
 * Builds Drools engines. A shipped rule set is loaded once per JVM, precompiled when the build
 * made it so ({@link ShippedRuleSets#ruleSet(int)}), and shared; a rules
 * directory is compiled each time an engine is built from it, so an edited file is picked up
 * and a broken one leaves every engine built before untouched.
 */
public final class DroolsEngineFactory implements EngineFactory {

    @Override
    public List<Integer> editions() {
        return ShippedRuleSets.editions();
    }

    @Override
    public LabelEngine create(EngineSettings settings) {
        RuleSet ruleSet;
        if (settings.rulesDirectory() == null) {
            ruleSet = shipped(settings.edition());
        } else {
            String name = settings.rulesDirectory().toString();
            ruleSet = RuleSet.compile(name, RuleSetCompiler.filesOf(settings.rulesDirectory()));
            if (ruleSet.edition() != settings.edition()) {
                throw new RuleSetException(name, List.of(new RuleProblem(null, 0, 0,
                        "these rules are for edition " + ruleSet.edition() + ", not " + settings.edition())));
            }
        }
        return new DroolsLabelEngine(ruleSet, settings.referentiel(), settings.threads(), settings.listener());
    }

    /** The shipped rule set of an edition, compiled on first use. */
    public static RuleSet shipped(int edition) {
        return ShippedRuleSets.ruleSet(edition);
    }
}
