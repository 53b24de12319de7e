/**
 * The facts the rule files reason on, besides the dossier itself: an action's eligibility, the
 * enjeux' tallies, the measures, the thresholds checked, the mention candidates and awards, the
 * settings each edition inserts, and the log the rules record their explanations in. Exported
 * because the rules, compiled by Drools at build time or from a rules directory, use them; no
 * application needs them.
 */
package fr.label.rules.facts;
