package org.newsgraph.extract;

/** How a stretch of text names an actor, place or role. */
public enum MentionType {
    PERSON, ORGANISATION, COUNTRY, CITY, PLACE, NATIONALITY, TITLE, GROUP, GOVERNMENT, PRONOUN, DESCRIPTION
}
