package io.jpar.runtime;

/**
 * For a loop that writes fields of the elements of arrays of objects ({@code p[i].x = ...}): whether those elements
 * are all distinct objects (nulls aside), and whether an array whose elements' same fields the loop reads
 * elsewhere holds one of them. jpar proved the writes apart assuming that {@code p[1]} and {@code p[2]} are two
 * objects; one object in two places would be written by two iterations.
 *
 * <p>Identities only, in time linear in the elements: an open-addressing table of element positions keyed by
 * identity hash, compared by reference on equal hashes.
 */
final class ElementDistinctness {

    /** The elements of an array (at every depth of a {@code T[][]}) as the check sees them. */
    record Elements(Object[] array) {
    }

    /**
     * An array a loop found with distinct elements, and a copy of them: while the array holds exactly those
     * objects (compared by reference, in a pass far cheaper than the check) they are still distinct. A time-stepping
     * loop called with the same particles every step pays the check once. The copy keeps the elements of one array
     * per loop reachable until the loop's next call with another.
     */
    record Verified(java.lang.ref.WeakReference<Object[]> array, Object[] elements) {

        static Verified of(Object[] array) {
            return new Verified(new java.lang.ref.WeakReference<>(array), array.clone());
        }

        boolean matches(Object[] a) {
            if (array.get() != a || elements.length != a.length) {
                return false;
            }
            for (int k = 0; k < a.length; k++) {
                if (elements[k] != a[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The array of the only {@link Elements} of a call, when it is 1-D and in {@code written}; else null. */
    static Object[] sole(Object[] written, Object[] read) {
        Object[] sole = null;
        for (Object w : written) {
            if (w instanceof Elements e) {
                if (sole != null || e.array() == null || e.array().getClass().getComponentType().isArray()) {
                    return null;
                }
                sole = e.array();
            }
        }
        if (read != null) {
            for (Object r : read) {
                if (r instanceof Elements) {
                    return null;
                }
            }
        }
        return sole;
    }

    private final Object[][] segments;
    /** Per segment: the argument it came from (written first, then read), and its row (-1 for a 1-D array). */
    private final int[] owners;
    private final int[] rows;
    /** Per segment, the position of its first element; one more entry for the end. */
    private final int[] starts;
    private int[] table;
    private int mask;
    private int shift;

    private ElementDistinctness(Object[][] segments, int[] owners, int[] rows) {
        this.segments = segments;
        this.owners = owners;
        this.rows = rows;
        this.starts = new int[segments.length + 1];
        for (int s = 0; s < segments.length; s++) {
            starts[s + 1] = starts[s] + segments[s].length;
        }
    }

    /**
     * @param written the loop's written arrays, some of them {@link Elements}
     * @param read    its arrays read elsewhere, some of them {@link Elements}
     * @return null when the elements are distinct, else what is shared, e.g.
     *         {@code "elements 0 and 3 of written array 2 are the same Particle"}
     */
    static String find(Object[] written, Object[] read) {
        java.util.List<Object[]> segments = new java.util.ArrayList<>();
        java.util.List<int[]> where = new java.util.ArrayList<>();
        int writtenSegments = leaves(written, 0, segments, where);
        leaves(read, written.length, segments, where);
        if (writtenSegments == 0) {
            return null;
        }
        Object[][] all = segments.toArray(new Object[0][]);
        int[] owner = where.stream().mapToInt(w -> w[0]).toArray();
        int[] row = where.stream().mapToInt(w -> w[1]).toArray();
        return new ElementDistinctness(all, owner, row).clash(writtenSegments, written.length);
    }

    /** The 1-D arrays holding the elements of the {@link Elements} in {@code arrays}; returns how many were added. */
    private static int leaves(Object[] arrays, int firstOwner, java.util.List<Object[]> out, java.util.List<int[]> where) {
        int before = out.size();
        if (arrays != null) {
            for (int k = 0; k < arrays.length; k++) {
                if (arrays[k] instanceof Elements e && e.array() != null) {
                    flatten(e.array(), firstOwner + k, -1, out, where);
                }
            }
        }
        return out.size() - before;
    }

    /** Adds the rows of {@code array} down to its elements (a row of a row keeps the outermost row number). */
    private static void flatten(Object[] array, int owner, int row, java.util.List<Object[]> out, java.util.List<int[]> where) {
        if (array.getClass().getComponentType().isArray()) {
            for (int r = 0; r < array.length; r++) {
                if (array[r] != null) {
                    flatten((Object[]) array[r], owner, row < 0 ? r : row, out, where);
                }
            }
        } else {
            out.add(array);
            where.add(new int[] {owner, row});
        }
    }

    private String clash(int writtenSegments, int writtenArrays) {
        int count = starts[writtenSegments];
        int bits = Math.max(3, 33 - Integer.numberOfLeadingZeros(Math.max(1, count)));   // at most half full
        table = new int[1 << bits];   // position + 1 of the element in each slot; 0 for none
        mask = (1 << bits) - 1;
        shift = 32 - bits;
        for (int s = 0; s < writtenSegments; s++) {
            Object[] segment = segments[s];
            for (int k = 0; k < segment.length; k++) {
                Object o = segment[k];
                if (o != null) {
                    int other = insert(o, starts[s] + k);
                    if (other >= 0) {
                        return describe(other, "written", writtenArrays) + " and " + describe(starts[s] + k, "written", writtenArrays)
                                + " are the same " + o.getClass().getSimpleName();
                    }
                }
            }
        }
        for (int s = writtenSegments; s < segments.length; s++) {
            Object[] segment = segments[s];
            for (int k = 0; k < segment.length; k++) {
                Object o = segment[k];
                int other = o == null ? -1 : lookup(o);
                if (other >= 0) {
                    return describe(other, "written", writtenArrays) + " and " + describe(starts[s] + k, "read", writtenArrays)
                            + " are the same " + o.getClass().getSimpleName();
                }
            }
        }
        return null;
    }

    /** Adds the element at {@code position}; returns the position of the same object already there, or -1. */
    private int insert(Object o, int position) {
        for (int slot = hash(o); ; slot = (slot + 1) & mask) {
            int p = table[slot] - 1;
            if (p < 0) {
                table[slot] = position + 1;
                return -1;
            }
            if (at(p) == o) {
                return p;
            }
        }
    }

    private int lookup(Object o) {
        for (int slot = hash(o); ; slot = (slot + 1) & mask) {
            int p = table[slot] - 1;
            if (p < 0) {
                return -1;
            }
            if (at(p) == o) {
                return p;
            }
        }
    }

    private int hash(Object o) {
        return (System.identityHashCode(o) * 0x9E3779B9) >>> shift;
    }

    private Object at(int position) {
        if (segments.length == 1) {
            return segments[0][position];
        }
        int s = segment(position);
        return segments[s][position - starts[s]];
    }

    private int segment(int position) {
        int s = java.util.Arrays.binarySearch(starts, position);
        if (s >= 0) {
            // the first of the segments starting there that is not empty
            while (starts[s + 1] == position) {
                s++;
            }
            return s;
        }
        return -s - 2;
    }

    /** {@code "element 3 of written array 2"}, {@code "element [1][4] of read array 1"}. */
    private String describe(int position, String kind, int writtenArrays) {
        int s = segment(position);
        int owner = owners[s];
        String array = kind.equals("written") ? "written array " + (owner + 1) : "read array " + (owner - writtenArrays + 1);
        int index = position - starts[s];
        return "element " + (rows[s] < 0 ? String.valueOf(index) : "[" + rows[s] + "][" + index + "]") + " of " + array;
    }
}
