package io.jpar.runtime.gpu;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Finds storage that a launch would copy twice: a row of a 2-D array that is another row, another argument or
 * a row of one. Flattened copies of it could not stay one object, so when any of the copies is written the
 * loop cannot run on the device. (The same array bound twice is not a clash: it becomes one buffer.)
 */
final class SharedRows {

    private SharedRows() {
    }

    /** What is shared, e.g. {@code "row 2 of `a` is row 0 of `a`"}, or null. */
    static String find(Collection<HostArray> arrays) {
        boolean anyMatrix = false;
        for (HostArray h : arrays) {
            anyMatrix |= h.matrix;
        }
        if (!anyMatrix) {
            return null;
        }
        Map<Object, Piece> seen = new IdentityHashMap<>();
        for (HostArray h : arrays) {
            Object[] rows = h.rowArrays();
            for (int r = 0; r < rows.length; r++) {
                Piece piece = new Piece(h, r);
                Piece other = seen.putIfAbsent(rows[r], piece);
                if (other != null && (h.access.written() || other.array.access.written())) {
                    return piece + " is " + other;
                }
            }
        }
        return null;
    }

    /** Row {@code row} of {@code array}; names are made only for a message. */
    private record Piece(HostArray array, int row) {
        @Override
        public String toString() {
            return array.matrix ? "row " + row + " of " + array.name : array.name;
        }
    }
}
