package org.newsgraph.extract.time;

/**
 * A normalised time expression found in a text.
 *
 * @param begin UTF-16 char offset of the first char in the text
 * @param end   UTF-16 char offset after the last char (exclusive)
 * @param text  the covered text, {@code text.substring(begin, end)}
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value, e.g. {@code 2021-11-09}, {@code 2021-W45}, {@code P3Y}, {@code PAST_REF}
 */
public record TimeMention(int begin, int end, String text, String type, String value) {
}
