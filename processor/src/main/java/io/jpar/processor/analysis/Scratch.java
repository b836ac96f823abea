package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import java.util.List;

/**
 * A scratch object: a local of the method made before the loop ({@code Vec t = new Vec();}), or a final field made
 * where it is declared ({@code private final Vec tmp = new Vec();}), that every iteration uses as a temporary,
 * writing each field it reads before reading it. Each block of iterations gets its own, made as the original was;
 * see {@link ScratchObjects}.
 *
 * @param name        the local or field
 * @param type        its type as the declaration writes it ({@code Vec})
 * @param declaration its declaration
 * @param creation    how the original was made ({@code new Vec()}), which each block repeats
 * @param fields      the fields the loop writes in it
 * @param original    for a field, how the method names the original ({@code this.tmp}, {@code Tracer.TMP}), into which
 *                    the last block's copy is copied back after the loop (the iterations surely write all of
 *                    {@code fields}); null for a local, which the method never uses again
 */
public record Scratch(String name, String type, Node declaration, String creation, List<String> fields, String original) {

    /** Why a local that a loop writes fields of is not a scratch object, for the refusal of those writes. */
    public record Not(Node declaration, String name, String why) {
    }
}
