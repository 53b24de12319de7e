package fr.label.rules.engine;

import fr.label.RuleFile;
import fr.label.RuleProblem;
import fr.label.RuleSetException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule set with one rule's text replaced, for mutation testing: the other rules are taken
 * compiled from the rule base they are in, and only the new rule is compiled, with its file's
 * package, imports and globals. A rule set of a hundred mutants then costs a hundred small
 * compilations, not a hundred whole ones.
 */
public final class RuleVariants {

    private RuleVariants() {
    }

    /**
     * @param base     rules compiled from their files ({@link RuleSet#compile}); shipped precompiled
     *                 rules are compiled from their files first
     * @param ruleName the rule to replace
     * @param ruleText its new text, from {@code rule} to {@code end}
     * @throws IllegalArgumentException when the rule set has no such rule
     * @throws RuleSetException         when the new rule does not compile or the rule set cannot be used
     */
    public static RuleSet replace(RuleSet base, String ruleName, String ruleText) {
        DrlCompiler.requirePresent(base.name());
        RuleText old = RuleText.of(base.files()).get(ruleName);
        if (old == null) {
            throw new IllegalArgumentException("no rule \"" + ruleName + "\" in " + base.name());
        }
        RuleSet compiled = base.shipped() ? RuleSet.of(base.name(), base.files(),
                RuleSetCompiler.compile(base.name(), base.files())) : base;
        List<RuleFile> files = new ArrayList<>();
        RuleFile home = null;
        for (RuleFile file : base.files()) {
            if (file.name().equals(old.file()) && home == null) {
                home = file;
                files.add(new RuleFile(file.name(), file.content().replace(old.source(), ruleText)));
            } else {
                files.add(file);
            }
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        // Packages already in a rule base are copied, not shared: the base keeps its rules.
        kieBase.addPackages(compiled.kieBase().getKiePackages());
        kieBase.removeRule(old.packageName(), ruleName);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(kieBase);
        Resource resource = ResourceFactory.newByteArrayResource(
                (header(home.content()) + ruleText).getBytes(StandardCharsets.UTF_8));
        resource.setSourcePath(old.file());
        try {
            builder.add(resource, ResourceType.DRL);
        } catch (RuntimeException crashed) {
            throw unusable(base.name(), old, List.of());
        }
        if (builder.hasErrors()) {
            throw unusable(base.name(), old, builder.getErrors().stream().map(KnowledgeBuilderError::getMessage).toList());
        }
        kieBase.addPackages(builder.getKnowledgePackages());
        return RuleSet.of(base.name(), files, kieBase);
    }

    /** The lines of a file that give a rule its context: package, imports and globals. */
    private static String header(String content) {
        StringBuilder header = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("package ") || trimmed.startsWith("import ") || trimmed.startsWith("global ")) {
                header.append(trimmed).append('\n');
            }
        }
        return header.toString();
    }

    private static RuleSetException unusable(String name, RuleText rule, List<String> errors) {
        String first = errors.isEmpty() ? "" : errors.get(0).lines().findFirst().orElse("").strip();
        return new RuleSetException(name, List.of(new RuleProblem(rule.file(), rule.line(), 0,
                "la règle « " + rule.name() + " » ainsi modifiée ne compile pas" + (first.isEmpty() ? "" : " : " + first),
                "rule \"" + rule.name() + "\" does not compile so changed" + (first.isEmpty() ? "" : ": " + first))));
    }
}
