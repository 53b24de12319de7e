/**
 * The file formats of the README: {@link fr.label.json.LabelJson} reads dossier and edition files
 * (every problem with the file, the JSON path and what was expected) and writes dossiers, edition
 * files and results, whole or as they come; {@link fr.label.json.ReferentielJson} writes a
 * référentiel.
 */
package fr.label.json;
