package org.newsgraph.extract;

/**
 * A sentence as a range of tokens {@code [firstToken, endToken)} and of chars {@code [begin, end)} of the body.
 */
public record Sentence(int index, int firstToken, int endToken, int begin, int end) {
}
