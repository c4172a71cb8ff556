package org.newsgraph.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: general naming habits of web pages, no site names.
 * Thread-safe (patterns only).
 */
final class Hints {

    /** Names of page furniture that never holds article text. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|share|sharing|social|related|recommend|promo|advert|sponsor|banner|cookie|consent"
            + "|gdpr|subscri|newsletter|signup|sign-up|paywall|regwall|footer|masthead|breadcrumb|sidebar"
            + "|widget|popup|modal|overlay|caption|credit|byline|author|timestamp|dateline|toolbar|print"
            + "|e-?mail|follow|read-?more|more-?stories|most-?(read|popular|viewed)|popular|trending"
            + "|outbrain|taboola|jump-?link|skip|tags|tag-list|keywords|topics|pagination|pager|next-?article"
            + "|prev-?article|rating|vote|login|teaser|card|thumbnail|playlist|video-?player|infobox"
            + "|also-?read|see-?also|you-?may|donate|membership|visually-?hidden|sr-only|screen-?reader"
            + "|(^|[-_\\s])(ad|ads|adv|ad[sv]?slot|adunit|dfp|gpt|nav|navbar|navigation|menu|header|meta|date"
            + "|time|bio|aside|tools|utility|utilities|links|list|more|extra|secondary|disclaimer|notice"
            + "|alert|toc|supplementary)($|[-_\\s\\d])");

    /** Names article containers carry; they rescue nothing negative on the same element. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|content|story|body|entry|post|main|text|prose|paragraph|copy|blog|news|column");

    private static final Pattern NEGATIVE_ROLES = Pattern.compile(
            "navigation|banner|complementary|contentinfo|menu|menubar|dialog|alert|search|toolbar");

    private Hints() {
    }

    /** Whether the element's own class, id or role names page furniture. */
    static boolean isNegative(Element e) {
        String role = e.attributes().getIgnoreCase("role");
        if (!role.isEmpty() && NEGATIVE_ROLES.matcher(role.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        String names = names(e);
        return !names.isEmpty() && NEGATIVE.matcher(names).find();
    }

    /** Whether the element's own class or id names an article container. */
    static boolean isPositive(Element e) {
        String names = names(e);
        return !names.isEmpty() && POSITIVE.matcher(names).find();
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
