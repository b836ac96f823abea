package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * What jpar knows of one call made by the loop body.
 *
 * @param node    the call
 * @param callee  how the user names it ({@code Primes.isPrime()}, {@code Random.nextInt()})
 * @param verdict what jpar concluded
 * @param detail  why it is unsafe (for {@link Verdict#UNSAFE}), or a note
 * @param fieldsRead fields that an analysed callee (or what it calls) reads, by class and name ({@code demo.Grid.d};
 *                {@code ?.d} where the solver could not tell the class)
 * @param type    the qualified name of the callee's class, as far as jpar could resolve it (for {@code trust})
 * @param method  the callee's name ({@code <init>} for a constructor)
 * @param writtenRows the arguments, rows of the loop's arrays ({@code a[j]}), whose elements the callee writes
 *                (itself, not through further calls); the loop's dependence test decides whether the iteration
 *                owns them
 * @param elementUses the arguments (or the receiver) that are elements of the loop's arrays of objects
 *                ({@code kinetic(p[i])}, {@code p[i].step()}) with the fields of them the callee reads and writes
 *                itself; those reads are not in {@code fieldsRead}, and the loop's dependence test decides whether
 *                the iteration owns the element
 */
public record CallFact(Node node, String callee, Verdict verdict, String detail, java.util.Set<String> fieldsRead,
                       String type, String method, java.util.List<com.github.javaparser.ast.expr.Expression> writtenRows,
                       java.util.List<ElementUse> elementUses) {

    public CallFact(Node node, String callee, Verdict verdict, String detail, java.util.Set<String> fieldsRead,
                    String type, String method) {
        this(node, callee, verdict, detail, fieldsRead, type, method, java.util.List.of(), java.util.List.of());
    }

    /**
     * An element handed to a callee, or its receiver, and the instance fields of it that the callee reads and writes
     * (through the parameter, or as fields of {@code this}); the parameter is never reassigned.
     */
    public record ElementUse(com.github.javaparser.ast.expr.Expression element, java.util.Set<String> read,
                             java.util.Set<String> written) {
    }

    public enum Verdict {
        /**
         * A JDK method known to touch no shared state (or only objects the iteration created), or a method jpar
         * cannot see into that is handed only objects the iteration created and immutable values.
         */
        KNOWN_SAFE,
        /** A method of the user's sources that jpar read (transitively) and found writes no shared state. */
        ANALYSED,
        /**
         * Code jpar cannot see into, handed an object or array the iterations share: refused unless the user
         * vouches for it ({@code @Parallel(trust = ...)}).
         */
        UNKNOWN,
        /** Writes state shared between iterations: refused. */
        UNSAFE
    }

    /**
     * Whether the callee may read the field {@code name} of class {@code type} (qualified; null when unknown):
     * fields of other classes with the same name do not count, unless jpar could not tell a class.
     */
    public boolean readsField(String type, String name) {
        return fieldsRead.stream().anyMatch(f -> f.equals("?." + name)
                || (type == null ? f.endsWith("." + name) && !f.startsWith("local.") : f.equals(type + "." + name)));
    }

    public int line() {
        return Lines.line(node);
    }
}
