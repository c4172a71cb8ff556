package org.newsgraph.link;

/** What kind of real-world thing an entity is. */
public enum EntityKind {
    PERSON, ORGANISATION, GOVERNMENT, GROUP, COUNTRY, CITY, PLACE
}
