package org.newsgraph.extract;

import java.util.List;

/**
 * Parses one already tokenised and tagged sentence into Universal Dependencies. Implementations must be safe to
 * call from several threads at once.
 */
@FunctionalInterface
public interface SentenceParser {

    /** The parse of {@code sentence} (its tokens with their POS tags), or null when it cannot be parsed. */
    DependencyParse parse(List<Token> sentence);
}
