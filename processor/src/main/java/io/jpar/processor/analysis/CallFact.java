package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * What jpar knows of one call made by the loop body.
 *
 * @param node    the call
 * @param callee  how the user names it ({@code Primes.isPrime()}, {@code Random.nextInt()})
 * @param verdict what jpar concluded
 * @param detail  why it is unsafe (for {@link Verdict#UNSAFE}), or a note
 * @param fieldsRead fields that an analysed callee (or what it calls) reads, by simple name
 */
public record CallFact(Node node, String callee, Verdict verdict, String detail, java.util.Set<String> fieldsRead) {

    public enum Verdict {
        /** A JDK method known to touch no shared state, or a method on an object created in the body. */
        KNOWN_SAFE,
        /** A method of the user's sources that jpar read (transitively) and found writes no shared state. */
        ANALYSED,
        /** Code jpar cannot see into: accepted with a warning. */
        UNKNOWN,
        /** Writes state shared between iterations: refused. */
        UNSAFE
    }

    public int line() {
        return Lines.line(node);
    }
}
