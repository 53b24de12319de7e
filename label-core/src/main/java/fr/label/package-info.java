/**
 * The label's API. {@link fr.label.LabelEngine} evaluates the dossiers of an edition with that
 * edition's rules; {@link fr.label.LabelRules} exports, checks, describes and compiles rule sets,
 * for rule authors and tools. The words every package shares are here too: the
 * {@link fr.label.Language} of explanations and reports, the description of rules
 * ({@link fr.label.RuleInfo}, {@link fr.label.Threshold}, {@link fr.label.RuleSetDescription}) and
 * their problems ({@link fr.label.RuleSetException}, {@link fr.label.RuleProblem}).
 *
 * <p>What goes in is in {@link fr.label.dossier}, what comes out in {@link fr.label.result}, the
 * services, enjeux and catégories in {@link fr.label.referentiel}, the file formats in
 * {@link fr.label.json}, dossiers sketched from counts in {@link fr.label.sketch}. No rule engine
 * is named in this module: {@code label-rules} provides one, found with
 * {@link java.util.ServiceLoader}.
 */
package fr.label;
