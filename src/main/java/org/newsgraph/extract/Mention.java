package org.newsgraph.extract;

/**
 * A stretch of the body that names something. Offsets are UTF-16 char indices into the body, end exclusive.
 *
 * @param authorityId the id of the authority-table record it matched ("Q36", "geonames:2800866"), or null
 * @param source which extractor found it (for debugging and confidence)
 * @param confidence 0..1
 */
public record Mention(int begin, int end, String text, MentionType type, String authorityId, String source,
        double confidence) {

    public boolean overlaps(int b, int e) {
        return begin < e && b < end;
    }

    public int length() {
        return end - begin;
    }
}
