package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.RuleCheck;
import fr.label.RuleDiagnostics;
import fr.label.RuleFile;
import fr.label.RuleSetDescription;
import fr.label.RuleSetException;
import fr.label.RuleWarning;
import fr.label.rules.check.MissingTitles;
import fr.label.rules.check.RuleSetCheck;
import fr.label.rules.engine.DroolsLabelEngine;
import fr.label.rules.engine.RuleFolders;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleSetCompiler;
import fr.label.rules.engine.RuleVariants;
import fr.label.rules.engine.ShippedRuleSets;
import fr.label.spi.EngineFactory;
import fr.label.spi.EngineSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Drools engines and reads rule sets for {@link fr.label.LabelRules}. A shipped rule set is
 * loaded once per JVM, precompiled when the build made it so
 * ({@link ShippedRuleSets#ruleSet(int)}), and shared; a rules directory is compiled and checked
 * ({@link RuleSetCheck}) each time an engine is built from it, so an edited file is picked up and a
 * broken one leaves every engine built before untouched. Rules compiled before
 * ({@link fr.label.LabelRules#compile(Path)}) are shared by the engines built on them.
 */
public final class DroolsEngineFactory implements EngineFactory {

    /** Found by {@link java.util.ServiceLoader}. */
    public DroolsEngineFactory() {
    }

    @Override
    public List<Integer> editions() {
        return ShippedRuleSets.editions();
    }

    @Override
    public List<Integer> editions(Path rulesDirectory) {
        return RuleFolders.editionsOf(rulesDirectory);
    }

    @Override
    public LabelEngine create(EngineSettings settings) {
        RuleSet ruleSet;
        String name;
        if (settings.compiledRules() != null) {
            if (!(settings.compiledRules() instanceof RuleSet compiled)) {
                throw new IllegalArgumentException("rules compiled by another engine: " + settings.compiledRules().name());
            }
            ruleSet = compiled;
            name = compiled.name();
        } else if (settings.rulesDirectory() == null) {
            ruleSet = ShippedRuleSets.ruleSet(settings.edition());
            name = ruleSet.name();
        } else {
            name = settings.rulesDirectory().toString();
            // Checked as check-rules checks: what evaluation needs and no rule decides fails here, not on a dossier.
            ruleSet = RuleSetCheck.usable(settings.rulesDirectory(), settings.edition());
        }
        if (ruleSet.edition() != settings.edition()) {
            throw new RuleSetException(name, List.of(RuleDiagnostics.problem(null, 0, 0, "rules.otherEdition",
                    ruleSet.edition(), settings.edition())));
        }
        return new DroolsLabelEngine(ruleSet, settings.referentiel(), settings.threads(), settings.listener(),
                settings.maxFirings());
    }

    @Override
    public List<RuleFile> files(int edition) {
        return ShippedRuleSets.files(edition);
    }

    @Override
    public List<Path> export(int edition, Path directory) {
        return ShippedRuleSets.export(edition, directory);
    }

    @Override
    public RuleSetDescription shipped(int edition) {
        return ShippedRuleSets.ruleSet(edition);
    }

    @Override
    public RuleSetDescription compile(Path directory, Integer edition) {
        return RuleSetCheck.usable(directory, edition);
    }

    @Override
    public RuleSetDescription withRule(RuleSetDescription rules, String ruleName, String ruleText) {
        if (!(rules instanceof RuleSet ruleSet)) {
            throw new IllegalArgumentException("rules compiled by another engine: " + rules.name());
        }
        return RuleVariants.replace(ruleSet, ruleName, ruleText);
    }

    @Override
    public RuleCheck check(Path directory, Integer edition) {
        RuleSetCheck.Report report;
        if (!RuleFolders.isRoot(directory)) {
            report = RuleSetCheck.directory(directory);
        } else {
            try {
                report = RuleSetCheck.files(directory.toString(), RuleSetCompiler.filesOf(directory, edition));
            } catch (RuleSetException e) {
                report = new RuleSetCheck.Report(directory.toString(), List.of(), null, e.problems(), List.of());
            }
        }
        List<RuleWarning> warnings = new ArrayList<>(report.warnings());
        if (report.ok()) {
            MissingTitles.of(report.ruleSet()).forEach(missing -> warnings.add(missing.warning()));
        }
        return new RuleCheck(report.name(), report.files(), report.ruleSet(), report.errors(), warnings);
    }
}
