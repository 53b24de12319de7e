/**
 * The référentiel: services grouped in 16 enjeux, grouped in 4 catégories. The shipped one is
 * {@link fr.label.referentiel.Referentiel#defaultReferentiel()}; another file of the same format
 * is read with {@link fr.label.referentiel.Referentiel#read(java.nio.file.Path)}.
 */
package fr.label.referentiel;
