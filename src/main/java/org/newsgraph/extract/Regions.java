package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Article;

/**
 * Where the news text of a body is: from the start of the story (after header lines) to the end, without
 * boilerplate paragraphs (subscription and contact notices, copyright lines, photo credits), from which no
 * actor, statement or event may come.
 */
public final class Regions {

    private static final Pattern WEAK = Pattern.compile("(?i)\\b(?:subscri(?:be|bers?|ption)s?|contact us|newsletter"
            + "|sign up|click here|read more|follow us|cookies?|our website|website contains|terms of (?:use|service)"
            + "|privacy policy|download (?:the|our) app)\\b");
    private static final Pattern STRONG = Pattern.compile("(?i)(?:©|\\ball rights reserved\\b|\\bcopyright\\b"
            + "|^\\s*\\(?(?:photo|image|picture|video)(?: by| credit)?\\s*:|\\bgetty images\\b|^\\s*\\(?(?:reporting|editing|writing) by\\b)");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private Regions() {
    }

    public static List<Extraction.Region> of(Article article) {
        String body = article.body();
        List<Extraction.Region> out = new ArrayList<>();
        int start = Math.max(0, article.textBegin());
        Matcher m = PARAGRAPH_BREAK.matcher(body);
        int pos = start;
        int regionStart = start;
        while (pos < body.length()) {
            int end;
            int next;
            if (m.find(pos)) {
                end = m.start();
                next = m.end();
            } else {
                end = body.length();
                next = body.length();
            }
            if (isBoilerplate(body.substring(pos, end))) {
                if (pos > regionStart) {
                    out.add(new Extraction.Region(regionStart, pos));
                }
                regionStart = next;
            }
            pos = next;
        }
        if (body.length() > regionStart) {
            out.add(new Extraction.Region(regionStart, body.length()));
        }
        return out;
    }

    static boolean isBoilerplate(String paragraph) {
        int words = paragraph.isBlank() ? 0 : paragraph.strip().split("\\s+").length;
        if (STRONG.matcher(paragraph).find() && words < 40) {
            return true;
        }
        int weak = 0;
        Matcher w = WEAK.matcher(paragraph);
        while (w.find()) {
            weak++;
        }
        return weak >= 2 && words < 80;
    }
}
