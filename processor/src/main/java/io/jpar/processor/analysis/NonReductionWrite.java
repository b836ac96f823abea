package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * A write of a local declared before the loop that is not reduction-shaped, of a local the privatizer could not
 * give each iteration: the fact {@code OuterLocalWrite} words.
 *
 * @param name          the local
 * @param at            the first such write (an assignment or an increment)
 * @param whyNotPrivate why each iteration cannot have its own copy, or null when the privatizer names no reason
 */
public record NonReductionWrite(String name, Node at, String whyNotPrivate) {

    public int line() {
        return Lines.line(at);
    }
}
