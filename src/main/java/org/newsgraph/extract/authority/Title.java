package org.newsgraph.extract.authority;

import java.util.List;

/**
 * A political or official title.
 *
 * @param label            normalised label shared by all its forms ("spokesperson" for "spokesman")
 * @param capitalisedOnly  whether the title is a common word in lower case ("general", "head") and so is
 *                         recognised in text only when capitalised
 * @param forms            surface forms; all-caps ones ("PM", "MP") are compared case-exactly
 */
public record Title(String label, boolean capitalisedOnly, List<String> forms) implements AuthorityRecord {

    public Title {
        forms = List.copyOf(forms);
    }

    @Override
    public String name() {
        return label;
    }
}
