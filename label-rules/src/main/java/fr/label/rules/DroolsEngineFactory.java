package fr.label.rules;

import fr.label.LabelEngine;
import fr.label.RuleCheck;
import fr.label.RuleFile;
import fr.label.RuleProblem;
import fr.label.RuleSetDescription;
import fr.label.RuleSetException;
import fr.label.rules.check.RuleSetCheck;
import fr.label.rules.engine.DroolsLabelEngine;
import fr.label.rules.engine.RuleSet;
import fr.label.rules.engine.RuleSetCompiler;
import fr.label.rules.engine.ShippedRuleSets;
import fr.label.spi.EngineFactory;
import fr.label.spi.EngineSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * Builds Drools engines and reads rule sets for {@link fr.label.LabelRules}. A shipped rule set is
 * loaded once per JVM, precompiled when the build made it so
 * ({@link ShippedRuleSets#ruleSet(int)}), and shared; a rules directory is compiled each time an
 * engine is built from it, so an edited file is picked up and a broken one leaves every engine
 * built before untouched. Rules compiled before ({@link fr.label.LabelRules#compile(Path)}) are
 * shared by the engines built on them.
 */
public final class DroolsEngineFactory implements EngineFactory {

    @Override
    public List<Integer> editions() {
        return ShippedRuleSets.editions();
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
            return new DroolsLabelEngine(ShippedRuleSets.ruleSet(settings.edition()), settings.referentiel(),
                    settings.threads(), settings.listener());
        } else {
            name = settings.rulesDirectory().toString();
            ruleSet = RuleSet.compile(name, RuleSetCompiler.filesOf(settings.rulesDirectory()));
        }
        if (ruleSet.edition() != settings.edition()) {
            throw new RuleSetException(name, List.of(new RuleProblem(null, 0, 0,
                    "these rules are for edition " + ruleSet.edition() + ", not " + settings.edition())));
        }
        return new DroolsLabelEngine(ruleSet, settings.referentiel(), settings.threads(), settings.listener());
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
    public RuleSetDescription compile(Path directory) {
        return RuleSet.compile(directory.toString(), RuleSetCompiler.filesOf(directory));
    }

    @Override
    public RuleCheck check(Path directory) {
        RuleSetCheck.Report report = RuleSetCheck.directory(directory);
        return new RuleCheck(report.name(), report.files(), report.ruleSet(), report.errors(), report.warnings());
    }
}
