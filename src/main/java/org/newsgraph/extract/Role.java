package org.newsgraph.extract;

/**
 * A post held by a person as an article states it: "Poland's Deputy Foreign Minister Piotr Wawrzyk".
 *
 * @param person the person mention
 * @param titleBegin char offset of the title words
 * @param titleEnd end of the title words (exclusive)
 * @param title the title as written ("Deputy Foreign Minister")
 * @param in the organisation, country or nationality mention the post is in, or null
 */
public record Role(Mention person, int titleBegin, int titleEnd, String title, Mention in) {
}
