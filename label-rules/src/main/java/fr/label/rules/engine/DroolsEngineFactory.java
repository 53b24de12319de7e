package fr.label.rules.engine;

import fr.label.LabelEngine;
import fr.label.RuleDiagnostics;
import fr.label.RuleSetException;
import fr.label.rules.check.RuleSetCheck;
import fr.label.spi.EngineFactory;
import fr.label.spi.EngineSettings;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds Drools engines. A shipped rule set is loaded once per JVM, precompiled when the build
 * made it so ({@link ExecutableModels}), and shared; a rules
 * directory is compiled and checked ({@link RuleSetCheck}) each time an engine is built from it,
 * so an edited file is picked up and a broken one leaves every engine built before untouched.
 */
public final class DroolsEngineFactory implements EngineFactory {

    private static final Map<Integer, RuleSet> SHIPPED = new ConcurrentHashMap<>();

    @Override
    public List<Integer> editions() {
        return ShippedRuleSets.editions();
    }

    @Override
    public List<Integer> editions(java.nio.file.Path rulesDirectory) {
        return RuleFolders.editionsOf(rulesDirectory);
    }

    @Override
    public LabelEngine create(EngineSettings settings) {
        RuleSet ruleSet;
        if (settings.rulesDirectory() == null) {
            ruleSet = shipped(settings.edition());
        } else {
            String name = settings.rulesDirectory().toString();
            // Checked as check-rules checks: what evaluation needs and no rule decides fails here, not on a dossier.
            ruleSet = RuleSetCheck.usable(settings.rulesDirectory(), settings.edition());
            if (ruleSet.edition() != settings.edition()) {
                throw new RuleSetException(name, List.of(RuleDiagnostics.problem(null, 0, 0, "rules.otherEdition",
                        ruleSet.edition(), settings.edition())));
            }
        }
        return new DroolsLabelEngine(ruleSet, settings.referentiel(), settings.threads(), settings.listener(),
                settings.maxFirings());
    }

    /** The shipped rule set of an edition, compiled on first use. */
    public static RuleSet shipped(int edition) {
        List<RuleFile> files = ShippedRuleSets.files(edition);
        return SHIPPED.computeIfAbsent(edition, year -> ExecutableModels.load(year, files)
                .map(kieBase -> RuleSet.precompiled("edition " + year, files, kieBase))
                .orElseGet(() -> RuleSet.compileShipped("edition " + year, files)));
    }
}
