package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text, possibly copied from a web page: the body is the text exactly as given, and the header
 * lines that such copies carry before the story (section, headline, standfirst, byline with dates,
 * dateline) are recognised by their shape, not by any site's layout.
 */
public final class PlainTextReader {

    /** A line that reads as story text: long, or a full sentence of some length. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’»]\\s*$");
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
    private static final Pattern UPDATE = Pattern.compile("(?i)\\b(?:update[d]?|modified|last updated)\\b\\s*:?\\s*");
    private static final int HEADER_LINES = 12;
    /** "© 2021 Anadolu Agency", "Copyright Reuters", "Anadolu Agency website contains ...": notices name the publisher. */
    private static final Pattern PUBLISHER = Pattern.compile("(?m)(?:(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s*)?"
            + "(\\p{Lu}[\\p{L}&\\-]+(?: \\p{Lu}[\\p{L}&\\-]+){0,4})"
            + "|^(\\p{Lu}[\\p{L}&\\-]+(?: \\p{Lu}[\\p{L}&\\-]+){0,4})(?:'s)? (?:website|web site|news service)\\b)");

    private PlainTextReader() {
    }

    /** A non-blank line; {@code text} has no-break spaces turned into spaces (same length, same offsets). */
    private record Line(String text, int begin) {
        int words() {
            return text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }
    }

    /** Reads one text. {@code name} (a file name) is the fallback headline when the text has none. */
    public static Article read(String text, String sourcePath, String name) throws InputException {
        if (text.isBlank()) {
            throw new InputException("no text (only white space)");
        }
        List<Line> lines = lines(text);
        Header h = new Header();
        int i = 0;
        for (; i < lines.size() && i < HEADER_LINES; i++) {
            Line line = lines.get(i);
            String t = line.text().strip();
            if (isStory(line)) {
                Datelines.Found lead = Datelines.ofLead(t, line.begin() + line.text().indexOf(t));
                if (lead != null && h.dateline == null) {
                    h.dateline = lead;
                    // "BELGRADE, March 24, 1999 (AFP) -": wire copy dates itself in its dateline
                    h.published = h.published == null ? Datelines.dateOfLead(t) : h.published;
                }
                break;
            }
            Datelines.Found d = h.headline != null ? Datelines.ofLine(line.text(), line.begin()) : null;
            if (d != null) {
                h.dateline = d;
                i++;
                break;
            }
            if (h.byline(t)) {
                continue;
            }
            if (h.headline == null) {
                boolean shortLabel = line.words() <= 2 && i + 1 < lines.size()
                        && lines.get(i + 1).words() > line.words();
                if (shortLabel && h.section == null) {
                    h.section = t;
                } else {
                    h.headline = t;
                }
            } else if (t.equals(h.headline)) {
                continue; // a repeated headline (image caption or page title)
            } else if (h.standfirst == null && h.published == null && line.words() >= 5) {
                h.standfirst = t;
            } else {
                break;
            }
        }
        // a lone first line is a header too when it reads as a headline: no sentence end, and the story follows
        boolean headlineOnly = h.headline != null && i < lines.size() && isStory(lines.get(i))
                && !SENTENCE_END.matcher(h.headline).find();
        boolean hasHeader = h.headline != null
                && (h.published != null || h.dateline != null || h.standfirst != null || headlineOnly);
        int textBegin = 0;
        if (hasHeader && i < lines.size()) {
            textBegin = h.dateline != null ? h.dateline.begin() : lines.get(i).begin();
        }
        String headline = h.headline != null ? h.headline : fallbackHeadline(name);
        return new Article(null, sourcePath, null, headline, h.standfirst, h.authors, publisher(text), h.section,
                h.published, h.modified, null,
                h.dateline == null ? null : h.dateline.place(),
                h.dateline == null ? -1 : h.dateline.begin(), textBegin, text);
    }

    /** What the header lines said. */
    private static final class Header {
        String section;
        String headline;
        String standfirst;
        String published;
        String modified;
        List<String> authors = List.of();
        Datelines.Found dateline;

        /** Takes a byline ("By Jane Doe", "Jane Doe | 09.11.2021 - Update : 09.11.2021"); false if it is none. */
        boolean byline(String t) {
            Dates.Found date = Dates.find(t);
            boolean by = BY.matcher(t).find();
            if (date == null && !(by && t.split("\\s+").length <= 8)) {
                return false;
            }
            if (date != null && t.split("\\s+").length > 16) {
                return false;
            }
            String names = date == null ? t : t.substring(0, date.begin());
            names = BY.matcher(names).replaceFirst("").replaceAll("[\\s\\u00A0|•·,\\-–—]+$", "").strip();
            if (!names.isEmpty() && authors.isEmpty() && Character.isUpperCase(names.charAt(0))) {
                authors = Arrays.stream(names.split("\\s*(?:,|\\band\\b|&|\\|)\\s*"))
                        .map(s -> s.replace('\u00A0', ' ').strip()).filter(s -> !s.isEmpty()).toList();
            }
            if (date != null) {
                published = published == null ? date.iso() : published;
                var m = UPDATE.matcher(t);
                if (m.find()) {
                    Dates.Found later = Dates.find(t.substring(m.end()));
                    modified = later == null ? null : later.iso();
                }
            }
            return true;
        }
    }

    /** The publisher named by a copyright or site notice in the last part of the text, or null. */
    static String publisher(String text) {
        String tail = text.substring(Math.max(0, text.length() - 1500));
        Matcher m = PUBLISHER.matcher(tail);
        String found = null;
        while (m.find()) {
            found = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return found == null ? null : found.strip();
    }

    private static boolean isStory(Line line) {
        int words = line.words();
        return words >= 25 || (words >= 10 && SENTENCE_END.matcher(line.text()).find());
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String s = text.substring(start, end);
            if (s.endsWith("\r")) {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.replace('\u00A0', ' ').isBlank()) {
                out.add(new Line(s.replace('\u00A0', ' '), start));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static String fallbackHeadline(String name) {
        if (name == null) {
            return "";
        }
        String base = name.replaceAll("\\.[A-Za-z0-9]+$", "");
        return base.replace('_', ' ').replace('-', ' ').strip();
    }
}
