/**
 * Scenario files (YAML) that say what dossiers must get, run as JUnit 5 dynamic tests
 * ({@link fr.label.testing.LabelScenarios}) or by {@code ./label test}; the rule coverage of a run
 * ({@link fr.label.testing.RuleCoverageReport}); the impact of a rule change on a whole edition
 * ({@link fr.label.testing.EditionDiff}). It uses the public API of {@code label-core} only.
 */
package fr.label.testing;
