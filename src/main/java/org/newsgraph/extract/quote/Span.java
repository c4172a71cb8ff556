package org.newsgraph.extract.quote;

/** A range {@code [begin, end)} of UTF-16 char offsets into the article body. */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    public boolean overlaps(Span o) {
        return begin < o.end && o.begin < end;
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    public int length() {
        return end - begin;
    }

    /** The slice of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(begin, end);
    }
}
