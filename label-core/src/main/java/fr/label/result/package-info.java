/**
 * What comes out: the {@link fr.label.result.Result} of a dossier (arobases, mentions, excellence,
 * the mosaïque, what the next level still needs and the {@link fr.label.result.Explanation} of
 * every decision), and the {@link fr.label.result.Palmares} of an edition with its figures.
 * Everything here was decided by the edition's rules; nothing is decided in Java.
 */
package fr.label.result;
