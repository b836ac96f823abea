package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * An assignment or increment of a variable or field (not an array element) inside the loop body.
 *
 * @param node   the assignment or increment
 * @param name   what it writes, as written ({@code sum}, {@code this.count})
 * @param kind   what the name is
 * @param declaration the variable's declaration (null for fields)
 */
public record ScalarWrite(Node node, String name, NameKind kind, Node declaration) {

    public int line() {
        return Lines.line(node);
    }
}
