/**
 * The engine's side of the core, for the rule engine module ({@code label-rules}) only: it is
 * exported to that module alone. {@link fr.label.spi.EngineFactory} is the service
 * {@link fr.label.LabelEngine} and {@link fr.label.LabelRules} find; the rest is what an engine
 * needs to evaluate an edition as the core reads it (sorting the dossiers, counting the figures,
 * checking a dossier once).
 */
package fr.label.spi;
