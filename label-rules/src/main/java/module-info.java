/**
 * label-rules: the method as Drools rule files, one rule set per edition, and the engine that runs
 * them, found by {@code LabelEngine} and {@code LabelRules} through {@link java.util.ServiceLoader}.
 * Nothing here is API but the facts the rule files use ({@code fr.label.rules.facts}); the module
 * is open because Drools reaches the rules it generated from the files (the executable model,
 * precompiled at build time in packages named after each edition) by reflection.
 */
// Drools 10 ships automatic modules only (an Automatic-Module-Name in each jar).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
open module fr.label.rules {
    requires transitive fr.label;
    requires org.drools.ancompiler; // the alpha networks compiled at build time (CompiledAlphaNetworks)
    requires org.drools.base;
    requires org.drools.canonicalmodel;
    requires org.drools.compiler;
    requires org.drools.core;
    requires org.drools.drl.ast;
    requires org.drools.drl.parser;
    requires org.drools.kiesession; // a rule base copied for a rule set's variants (RuleVariants)
    requires org.drools.modelcompiler;
    requires static org.drools.mvel; // the DRL compiler: optional, brought by label-rules-compiler
    requires static org.drools.model.codegen;
    requires static java.compiler; // compiles the alpha networks at build time (ExecutableModelWriter)
    requires transitive org.kie.api; // EnjeuTallyFunction, a fact of the rules, is a Drools accumulate function
    requires org.kie.internal.api;
    requires org.slf4j;

    exports fr.label.rules.facts;

    provides fr.label.spi.EngineFactory with fr.label.rules.DroolsEngineFactory;
}
