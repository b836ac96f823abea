package io.jpar.processor.emit.gpu.opencl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The private variables visible at a point of a kernel or function: Java's block scopes. */
final class Scope {

    /** A local {@code T[] r = m[i]} naming a row of a 2-D kernel argument: the matrix and the row's C variable. */
    record Row(String matrix, String rowVariable) {
    }

    private final Deque<Map<String, String>> blocks = new ArrayDeque<>();
    private final Deque<Map<String, Row>> rows = new ArrayDeque<>();

    Scope() {
        open();
    }

    void open() {
        blocks.push(new HashMap<>());
        rows.push(new HashMap<>());
    }

    void close() {
        blocks.pop();
        rows.pop();
    }

    /** A local whose declaration was refused: its uses are not reported again. */
    void refuse(String name) {
        declare(name, "?");
    }

    boolean refused(String name) {
        return type(name).filter("?"::equals).isPresent();
    }

    void declareRow(String name, String javaType, Row row) {
        declare(name, javaType);
        rows.peek().put(name, row);
    }

    Optional<Row> row(String name) {
        for (Map<String, Row> b : rows) {
            Row r = b.get(name);
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    void declare(String name, io.jpar.processor.analysis.JavaType type) {
        declare(name, type.toString());
    }

    void declare(String name, String javaType) {
        blocks.peek().put(name, javaType);
    }

    Optional<String> type(String name) {
        for (Map<String, String> b : blocks) {
            String t = b.get(name);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
