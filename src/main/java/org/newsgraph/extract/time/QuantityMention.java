package org.newsgraph.extract.time;

/**
 * A number with what it counts, e.g. "over 12,000 troops".
 *
 * @param begin    UTF-16 char offset of the first char (the modifier, currency sign or number)
 * @param end      UTF-16 char offset after the last char (exclusive)
 * @param text     the covered text
 * @param value    the number with its scale applied ("1.2 million" is 1200000)
 * @param unit     what is counted: a lower-case noun ("troops"), "percent", an ISO 4217 code for currency
 *                 signs ("USD"), or null when no unit follows
 * @param modifier lower-case qualifier ("over", "about", "at least", ...) or a vague plural ("thousands");
 *                 null when the number is exact
 */
public record QuantityMention(int begin, int end, String text, double value, String unit, String modifier) {
}
