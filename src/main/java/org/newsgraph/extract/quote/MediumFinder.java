package org.newsgraph.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the medium or setting of a statement from the words around its cue: "on Twitter", "in an interview
 * with public broadcaster Polish Radio", "in a statement", "at a press conference", "told reporters".
 * Stateless and thread-safe.
 */
final class MediumFinder {

    private static final String NAME = "((?:[A-Z][\\w’'.&-]*)(?:\\s+(?:of\\s+|the\\s+)?[A-Z][\\w’'.&-]*)*)";

    private static final Pattern PLATFORM = Pattern.compile(
            "\\b(?:[Oo]n|[Vv]ia|[Ii]n a post on|[Ii]n a video on)\\s+(Twitter|X|Facebook|Instagram|Telegram|YouTube|TikTok"
                    + "|Truth Social|Weibo|WeChat|LinkedIn|Threads|Snapchat|Reddit)\\b");
    private static final Pattern INTERVIEW_WITH = Pattern.compile(
            "\\b(?:[Ii]n|[Dd]uring)\\s+an?\\s+(?:[\\w-]+\\s+){0,2}interview\\s+(?:with|on|to)\\s+(?:the\\s+)?"
                    + "(?:[a-z][\\w-]*\\s+){0,3}" + NAME);
    private static final Pattern TOLD = Pattern.compile(
            "\\b(?:told|telling|tells|tell)\\s+(reporters|journalists|the press|the media|supporters|lawmakers"
                    + "|(?:the\\s+)?" + NAME + ")");
    private static final Pattern DOCUMENT = Pattern.compile(
            "\\b(?:[Ii]n|[Vv]ia|[Tt]hrough)\\s+(an?|the|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(statement|tweet|interview|speech|letter|press release|news release|post|blog post|op-ed"
                    + "|email|e-mail|memo|video|address|report|communique|communiqué|essay|column|podcast"
                    + "|editorial|filing|message)\\b");
    private static final Pattern EVENT = Pattern.compile(
            "\\b(?:[Aa]t|[Dd]uring)\\s+(an?|the|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}?"
                    + "(press conference|news conference|press briefing|briefing|rally|debate|hearing|summit"
                    + "|meeting|forum|town hall|event|speech)\\b");
    private static final Pattern ON_AIR = Pattern.compile(
            "\\b[Oo]n\\s+((?:CNN|MSNBC|Fox News|Fox|NBC|CBS|ABC|NPR|BBC|CNBC)(?:[’']s)?(?:\\s+[A-Z][\\w’'-]*)*)");

    private MediumFinder() {
    }

    /** The medium named in {@code text[from, to)}, or null; {@code cueLemma} may imply one ("tweet"). */
    static Medium find(String text, int from, int to, String cueLemma) {
        String s = text.substring(from, to);
        Matcher m = PLATFORM.matcher(s);
        if (m.find()) return medium(m.group(1), from + m.start(1), from + m.end(1));
        m = INTERVIEW_WITH.matcher(s);
        if (m.find()) return medium(m.group(1), from + m.start(1), from + m.end(1));
        m = ON_AIR.matcher(s);
        if (m.find()) return medium(m.group(1), from + m.start(1), from + m.end(1));
        m = DOCUMENT.matcher(s);
        if (m.find()) return medium(m.group(2), from + m.start(1), from + m.end(2));
        m = EVENT.matcher(s);
        if (m.find()) return medium(m.group(2), from + m.start(1), from + m.end(2));
        m = TOLD.matcher(s);
        if (m.find()) return medium(m.group(1).replaceFirst("^the\\s+", ""), from + m.start(1), from + m.end(1));
        if ("tweet".equals(cueLemma)) return new Medium("Twitter", null);
        return null;
    }

    private static Medium medium(String label, int b, int e) {
        return new Medium(label.replaceAll("\\s+", " ").replaceFirst("[.’']+$", ""), new Span(b, e));
    }
}
