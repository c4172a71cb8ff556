package org.newsgraph.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: general naming habits of web pages, no site names.
 * Thread-safe (patterns only).
 */
final class Hints {

    /** Names of page furniture that never holds article text, whatever else the element holds. */
    private static final Pattern STRONG = Pattern.compile(
            "comment|disqus|share|sharing|social|related|recommend|promo|advert|sponsor|cookie|consent"
            + "|gdpr|subscri|newsletter|signup|sign-up|footer|breadcrumb|caption|credit|byline"
            + "|outbrain|taboola|most-?(read|popular|viewed)|read-?more|more-?stories|also-?read|see-?also"
            + "|you-?may|visually-?hidden|sr-only|screen-?reader"
            + "|(^|[-_\\s])(ad|ads|adv|ad[sv]?slot|adunit|dfp|gpt)($|[-_\\s\\d])");

    /**
     * Names of furniture that careless templates also give to wrappers ("has-sidebar", "page-header"); such
     * an element counts as furniture only when it holds a small part of the page's text.
     */
    private static final Pattern WEAK = Pattern.compile(
            "masthead|sidebar|widget|popup|modal|overlay|author|timestamp|dateline|toolbar|print|e-?mail"
            + "|follow|popular|trending|jump-?link|skip|tags|tag-list|keywords|topics|pagination|pager"
            + "|next-?article|prev-?article|rating|vote|login|teaser|card|thumbnail|playlist|video-?player"
            + "|infobox|donate|membership|banner|paywall|regwall"
            + "|(^|[-_\\s])(nav|navbar|navigation|menu|header|meta|date|time|bio|aside|tools|utility|utilities"
            + "|more|extra|secondary|disclaimer|notice|alert|toc|supplementary)($|[-_\\s\\d])");

    /** Names article containers carry; on an element also named like furniture they make it weak. */
    private static final Pattern POSITIVE = Pattern.compile("article|content|story|entry|post-?body|main");

    private static final Pattern NEGATIVE_ROLES = Pattern.compile(
            "navigation|banner|complementary|contentinfo|menu|menubar|dialog|alert|search|toolbar");

    private Hints() {
    }

    /** How strongly the element's own class, id or role names page furniture. */
    enum Furniture { NONE, WEAK, STRONG }

    static Furniture furniture(Element e) {
        String names = names(e);
        if (!names.isEmpty() && STRONG.matcher(names).find()) {
            return POSITIVE.matcher(names).find() ? Furniture.WEAK : Furniture.STRONG;
        }
        String role = e.attributes().getIgnoreCase("role");
        if (!role.isEmpty() && NEGATIVE_ROLES.matcher(role.toLowerCase(Locale.ROOT)).find()
                || !names.isEmpty() && WEAK.matcher(names).find()) {
            return Furniture.WEAK;
        }
        return Furniture.NONE;
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
