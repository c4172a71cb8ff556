package org.newsgraph.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void starGroupAppliesWhenNoGroupNamesUs() {
        RobotsTxt r = RobotsTxt.parse("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n", "newsgraph");
        assertFalse(r.allows("/private/a.html"));
        assertTrue(r.allows("/news/a.html"));
    }

    @Test
    void ourGroupReplacesTheStarGroup() {
        String text = "User-agent: *\nDisallow: /\n\nUser-Agent: NewsGraph/1.0\nDisallow: /drafts\n";
        RobotsTxt r = RobotsTxt.parse(text, "newsgraph");
        assertTrue(r.allows("/news/a.html"));
        assertFalse(r.allows("/drafts/x"));
    }

    @Test
    void anEmptyGroupForUsAllowsEverything() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nDisallow:\n", "newsgraph");
        assertTrue(r.allows("/anything"));
    }

    @Test
    void consecutiveUserAgentLinesShareOneGroup() {
        RobotsTxt r = RobotsTxt.parse("User-agent: other\nUser-agent: newsgraph\nDisallow: /x\n", "newsgraph");
        assertFalse(r.allows("/x/1"));
    }

    @Test
    void longestMatchWinsAndAllowWinsATie() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nAllow: /a\nDisallow: /a\n",
                "newsgraph");
        assertFalse(r.allows("/news/secret"));
        assertTrue(r.allows("/news/public/story"));
        assertTrue(r.allows("/a"));
    }

    @Test
    void wildcardsAndEndAnchors() {
        RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\n", "newsgraph");
        assertFalse(r.allows("/docs/report.pdf"));
        assertTrue(r.allows("/docs/report.pdf.html"));
        assertFalse(r.allows("/story?print=1"));
        assertTrue(r.allows("/story?page=2"));
    }

    @Test
    void commentsAndJunkLinesAreIgnoredAndRobotsTxtItselfIsAlwaysAllowed() {
        RobotsTxt r = RobotsTxt.parse("# hello\nthis is not a rule\nUser-agent: * # everyone\nDisallow: / # all\n"
                + "Sitemap: https://example.org/sitemap.xml\n", "newsgraph");
        assertFalse(r.allows("/"));
        assertFalse(r.allows(""));
        assertTrue(r.allows("/robots.txt"));
    }

    @Test
    void crawlDelayComesFromTheGroupThatApplies() {
        String text = "User-agent: *\nCrawl-delay: 10\nDisallow: /x\n\nUser-agent: newsgraph\nCrawl-delay: 0.5\n";
        assertEquals(java.util.Optional.of(java.time.Duration.ofMillis(500)), RobotsTxt.parse(text, "newsgraph").crawlDelay());
        assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(10)), RobotsTxt.parse(text, "otherbot").crawlDelay());
        assertEquals(java.util.Optional.empty(), RobotsTxt.parse("User-agent: *\nCrawl-delay: soon\n", "newsgraph").crawlDelay());
    }
}
