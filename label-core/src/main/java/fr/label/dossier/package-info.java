/**
 * What goes in: a {@link fr.label.dossier.Dossier} is a collectivité's candidature to one edition,
 * with its {@link fr.label.dossier.Action}s and its earlier results; the
 * {@link fr.label.dossier.Candidatures} of an edition are its valid dossiers and the
 * {@link fr.label.dossier.Rejection}s of the others. Input that cannot be evaluated throws
 * {@link fr.label.dossier.InvalidInputException}, whose {@link fr.label.dossier.InputProblem}s
 * name the file, the JSON path and what was expected.
 */
package fr.label.dossier;
