package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import java.util.List;

/**
 * A scratch object: a local of the method made before the loop ({@code Vec t = new Vec();}) that every iteration
 * uses as a temporary, writing each field it reads before reading it. Each block of iterations gets its own, made
 * as the original was; see {@link ScratchObjects}.
 *
 * @param name        the local
 * @param type        its type as the declaration writes it ({@code Vec})
 * @param declaration its declaration
 * @param creation    how the original was made ({@code new Vec()}), which each block repeats
 * @param fields      the fields the loop writes in it, for explain
 */
public record Scratch(String name, String type, Node declaration, String creation, List<String> fields) {

    /** Why a local that a loop writes fields of is not a scratch object, for the refusal of those writes. */
    public record Not(Node declaration, String name, String why) {
    }
}
