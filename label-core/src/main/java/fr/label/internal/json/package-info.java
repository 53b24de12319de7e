/**
 * The JSON field reader shared by the dossier and référentiel readers: every value that does not
 * fit is recorded with its JSON path and what was expected. Not exported.
 */
package fr.label.internal.json;
