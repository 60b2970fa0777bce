/**
 * Plain Dutch for residents: a readability measure for texts at language level B1 (Flesch-Douma,
 * sentence length and the share of long words). See docs/plain-language.md.
 */
package nl.redzaam.domain.plainlanguage;
