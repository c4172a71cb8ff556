package org.newsgraph.ingest.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: general naming habits of web pages, no site names.
 * Plain substring and word look-ups rather than one big regular expression, as this runs for every
 * ancestor of every text block. Thread-safe (constants only).
 */
final class Hints {

    /** Furniture that never holds article text, whatever else the element holds. */
    private static final String[] STRONG = {"comment", "disqus", "share", "sharing", "social", "related",
        "recommend", "promo", "advert", "sponsor", "cookie", "consent", "gdpr", "subscri", "newsletter",
        "signup", "sign-up", "footer", "breadcrumb", "caption", "credit", "byline", "outbrain", "taboola",
        "mostread", "most-read", "mostpopular", "most-popular", "mostviewed", "most-viewed", "readmore",
        "read-more", "morestories", "more-stories", "alsoread", "also-read", "seealso", "see-also", "youmay",
        "you-may", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "screenreader"};

    /** Whole words (between non-letters) naming advertising slots. */
    private static final Set<String> STRONG_WORDS = Set.of("ad", "ads", "adv", "adslot", "advslot", "adunit",
            "dfp", "gpt");

    /**
     * Furniture that careless templates also name wrappers after ("has-sidebar", "page-header"); such an
     * element counts as furniture only when it holds a small part of the page's text.
     */
    private static final String[] WEAK = {"masthead", "sidebar", "widget", "popup", "modal", "overlay",
        "author", "timestamp", "dateline", "toolbar", "print", "email", "e-mail", "follow", "popular",
        "trending", "jumplink", "jump-link", "skip", "tags", "tag-list", "keywords", "topics", "pagination",
        "pager", "nextarticle", "next-article", "prevarticle", "prev-article", "rating", "vote", "login",
        "teaser", "thumbnail", "playlist", "videoplayer", "video-player", "infobox", "donate",
        "membership", "banner", "paywall", "regwall"};

    private static final Set<String> WEAK_WORDS = Set.of("nav", "navbar", "navigation", "menu", "header", "meta",
            "date", "time", "bio", "aside", "tools", "utility", "utilities", "more", "extra", "secondary",
            "disclaimer", "notice", "alert", "toc", "supplementary");

    /** Names article containers carry; on an element also strongly named like furniture they make it weak. */
    private static final String[] POSITIVE = {"article", "content", "story", "entry", "postbody", "post-body",
        "main"};

    private static final String[] NEGATIVE_ROLES = {"navigation", "banner", "complementary", "contentinfo",
        "menu", "dialog", "alert", "search", "toolbar"};

    /** How strongly the element's own class, id or role names page furniture. */
    enum Furniture { NONE, WEAK, STRONG }

    private Hints() {
    }

    static Furniture furniture(Element e) {
        String names = names(e);
        if (!names.isEmpty() && (containsAny(names, STRONG) || hasWord(names, STRONG_WORDS))) {
            return containsAny(names, POSITIVE) ? Furniture.WEAK : Furniture.STRONG;
        }
        String role = e.attributes().getIgnoreCase("role");
        if (!role.isEmpty() && containsAny(role.toLowerCase(Locale.ROOT), NEGATIVE_ROLES)
                || !names.isEmpty() && (containsAny(names, WEAK) || hasWord(names, WEAK_WORDS))) {
            return Furniture.WEAK;
        }
        return Furniture.NONE;
    }

    private static boolean containsAny(String s, String[] needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the words, delimited by non-letters, occurs in {@code s}. */
    private static boolean hasWord(String s, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 12 && words.contains(s.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static String names(Element e) {
        String cls = e.attributes().getIgnoreCase("class");
        String id = e.attributes().getIgnoreCase("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }
}
