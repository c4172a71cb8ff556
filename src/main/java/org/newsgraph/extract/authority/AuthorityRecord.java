package org.newsgraph.extract.authority;

/** A record of one of the bundled authority tables: {@link Country}, {@link City}, {@link Region}, {@link Organisation} or
 * {@link Title}. */
public sealed interface AuthorityRecord permits Country, City, Region, Organisation, Title {

    /** The English display name (for a title, its normalised label). */
    String name();
}
