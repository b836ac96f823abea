package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * A way to a field that the loop writes in the elements of an array ({@code p[i].x}) other than through that array:
 * the read may see an element another iteration writes.
 *
 * @param write the first write of the field ({@code p[i].x = ...})
 * @param use   the other read: a field access ({@code o.x}), a bare field name, or the call whose callee reads it
 * @param call  the call's facts when {@code use} is a call; null otherwise
 */
public record ElementFieldPath(ArrayAccess write, Node use, CallFact call) {

    public int line() {
        return Lines.line(use);
    }
}
