/**
 * Dossiers sketched from counts, for tests and simulations: {@link fr.label.sketch.DossierSketch}
 * files the actions a profile asks for (eligible actions, covered and strong enjeux, catégories)
 * with services of the référentiel.
 */
package fr.label.sketch;
