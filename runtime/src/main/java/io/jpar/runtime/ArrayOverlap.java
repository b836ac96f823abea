package io.jpar.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Finds arrays that a parallel loop would race on: the same array object passed as two written arrays, or
 * as a written and a read array; for a written 2-D array ({@code a[i][j] = ...}) also two rows that are one
 * object, or a row that is a read array or a row of one. Only identities are compared, never contents.
 */
public final class ArrayOverlap {

    /** Below this many rows, pairwise comparison beats building a map. */
    private static final int SMALL = 16;

    private ArrayOverlap() {
    }

    /**
     * @param written arrays the loop writes by element (1-D arrays, or 2-D arrays written as {@code a[i][j]})
     * @param read    arrays the loop reads at another index than the one it writes
     * @return {@code null} when no two overlap, else what overlaps, e.g.
     *         {@code "written array 1 and read array 2 are the same double[100]"}
     */
    public static String find(Object[] written, Object[] read) {
        if (written == null || written.length == 0) {
            return null;
        }
        if (hasElements(written) || hasElements(read)) {
            String shared = ElementDistinctness.find(written, read);
            if (shared != null) {
                return shared;
            }
            // elements are objects, never arrays: the arrays' own check leaves them out
            written = withoutElements(written);
            read = withoutElements(read);
        }
        if (!anyMatrix(written) && (read == null || !anyMatrix(read))) {
            // The common case, 1-D arrays only: identities are all there is to compare.
            for (int w = 0; w < written.length; w++) {
                Object a = written[w];
                if (a == null) {
                    continue;
                }
                for (int v = w + 1; v < written.length; v++) {
                    if (a == written[v]) {
                        return written(w) + " and written array " + (v + 1) + " are the same " + describe(a);
                    }
                }
                if (read != null) {
                    for (int r = 0; r < read.length; r++) {
                        if (a == read[r]) {
                            return written(w) + " and read array " + (r + 1) + " are the same " + describe(a);
                        }
                    }
                }
            }
            return null;
        }
        int storage = 0;
        for (Object w : written) {
            storage += 1 + rows(w).length;
        }
        if (read != null) {
            for (Object r : read) {
                storage += 1 + rows(r).length;
            }
        }
        return storage <= SMALL ? pairwise(written, read) : byMap(written, read);
    }

    /**
     * Marks an array of objects whose elements' fields the loop writes ({@code p[i].x = ...}) or, among the read
     * arrays, reads where another array's elements are written: its elements must be distinct objects, none of
     * them an element of another such array. Generated code passes it in {@code written} or {@code read}.
     */
    public static Object elements(Object[] array) {
        return new ElementDistinctness.Elements(array);
    }

    private static boolean hasElements(Object[] arrays) {
        if (arrays != null) {
            for (Object a : arrays) {
                if (a instanceof ElementDistinctness.Elements) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object[] withoutElements(Object[] arrays) {
        if (arrays == null) {
            return null;
        }
        Object[] out = arrays.clone();
        for (int k = 0; k < out.length; k++) {
            if (out[k] instanceof ElementDistinctness.Elements) {
                out[k] = null;
            }
        }
        return out;
    }

    /** Whether any of {@code arrays} may hold arrays (primitive arrays never do). */
    private static boolean anyMatrix(Object[] arrays) {
        for (Object array : arrays) {
            if (array instanceof Object[]) {
                return true;
            }
        }
        return false;
    }

    private static String pairwise(Object[] written, Object[] read) {
        for (int w = 0; w < written.length; w++) {
            Object a = written[w];
            if (a == null) {
                continue;
            }
            Object[] rows = rows(a);
            for (int x = 0; x < rows.length; x++) {
                for (int y = x + 1; y < rows.length; y++) {
                    if (rows[x] != null && rows[x] == rows[y]) {
                        return "rows " + x + " and " + y + " of " + written(w) + " are the same "
                                + describe(rows[x]);
                    }
                }
            }
            for (int v = w + 1; v < written.length; v++) {
                String clash = clash(a, w, written[v], "written array ", v);
                if (clash != null) {
                    return clash;
                }
            }
            if (read != null) {
                for (int r = 0; r < read.length; r++) {
                    String clash = clash(a, w, read[r], "read array ", r);
                    if (clash != null) {
                        return clash;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether written array {@code a} (number {@code w} from 0) overlaps {@code b}: the same object, or rows
     * shared either way. Names are built only for a clash: this runs on every call of a loop.
     */
    private static String clash(Object a, int w, Object b, String bKind, int bIndex) {
        if (b == null) {
            return null;
        }
        if (a == b) {
            return written(w) + " and " + bKind + (bIndex + 1) + " are the same " + describe(a);
        }
        Object[] aRows = rows(a);
        Object[] bRows = rows(b);
        for (int x = 0; x < aRows.length; x++) {
            Object row = aRows[x];
            if (row == null) {
                continue;
            }
            if (row == b) {
                return "row " + x + " of " + written(w) + " is " + bKind + (bIndex + 1) + ", a " + describe(b);
            }
            for (int y = 0; y < bRows.length; y++) {
                if (row == bRows[y]) {
                    return "row " + x + " of " + written(w) + " is row " + y + " of " + bKind + (bIndex + 1)
                            + ", a " + describe(row);
                }
            }
        }
        for (int y = 0; y < bRows.length; y++) {
            if (bRows[y] == a) {
                return written(w) + " is row " + y + " of " + bKind + (bIndex + 1) + ", a " + describe(a);
            }
        }
        return null;
    }

    /**
     * {@link #find(Object[], Object[])} with the arrays named as the source names them ({@code "a"},
     * {@code "this.b"}) instead of by position; the names are put in only when there is a clash.
     */
    public static String find(Object[] written, Object[] read, String[] writtenNames, String[] readNames) {
        String clash = find(written, read);
        if (clash == null || writtenNames == null) {
            return clash;
        }
        java.util.regex.Matcher m = POSITION.matcher(clash);
        StringBuilder named = new StringBuilder();
        while (m.find()) {
            String[] names = m.group(1).equals("written") ? writtenNames : readNames;
            int k = Integer.parseInt(m.group(2)) - 1;
            String name = names != null && k < names.length ? m.group(1) + " array " + names[k] : m.group();
            m.appendReplacement(named, java.util.regex.Matcher.quoteReplacement(name));
        }
        return m.appendTail(named).toString();
    }

    /**
     * {@link #find(Object[], Object[], String[], String[])} for a call of {@code site}, with the site's names; an
     * array of objects whose elements the site found distinct on an earlier call and that still holds the same
     * objects is not checked again ({@link ElementDistinctness.Verified}).
     */
    public static String find(LoopSite site, Object[] written, Object[] read) {
        Object[] sole = ElementDistinctness.sole(written, read);
        if (sole != null) {
            ElementDistinctness.Verified known = site.verifiedElements();
            if (known != null && known.matches(sole)) {
                return find(withoutElements(written), withoutElements(read), site.writtenNames(), site.readNames());
            }
        }
        String clash = find(written, read, site.writtenNames(), site.readNames());
        if (clash == null && sole != null) {
            site.verifiedElements(ElementDistinctness.Verified.of(sole));
        }
        return clash;
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("(written|read) array (\\d+)");

    private static String written(int w) {
        return "written array " + (w + 1);
    }

    /** The same answers in linear time, for loops over many rows. */
    private static String byMap(Object[] written, Object[] read) {
        // Every piece of storage the loop writes, with its name; then every piece it reads.
        Map<Object, String> writtenStorage = new IdentityHashMap<>();
        for (int w = 0; w < written.length; w++) {
            Object a = written[w];
            if (a == null) {
                continue;
            }
            String name = written(w);
            String clash = claim(writtenStorage, a, name);
            if (clash != null) {
                return clash;
            }
            Object[] rows = rows(a);
            for (int x = 0; x < rows.length; x++) {
                if (rows[x] != null) {
                    clash = claim(writtenStorage, rows[x], "row " + x + " of " + name);
                    if (clash != null) {
                        return clash;
                    }
                }
            }
        }
        if (read != null) {
            for (int r = 0; r < read.length; r++) {
                Object b = read[r];
                if (b == null) {
                    continue;
                }
                String name = "read array " + (r + 1);
                String other = writtenStorage.get(b);
                if (other != null) {
                    return other + " and " + name + " are the same " + describe(b);
                }
                Object[] rows = rows(b);
                for (int y = 0; y < rows.length; y++) {
                    other = rows[y] == null ? null : writtenStorage.get(rows[y]);
                    if (other != null) {
                        return other + " and row " + y + " of " + name + " are the same " + describe(rows[y]);
                    }
                }
            }
        }
        return null;
    }

    private static String claim(Map<Object, String> storage, Object array, String name) {
        String other = storage.putIfAbsent(array, name);
        return other == null ? null : other + " and " + name + " are the same " + describe(array);
    }

    /** The rows of a 2-D array ({@code T[][]}); none for anything else. */
    private static Object[] rows(Object array) {
        if (array instanceof Object[] && array.getClass().getComponentType().isArray()) {
            return (Object[]) array;
        }
        return NO_ROWS;
    }

    private static final Object[] NO_ROWS = new Object[0];

    /** {@code double[100]}, {@code int[3][]}: the array's type with its length. */
    private static String describe(Object array) {
        Class<?> element = array.getClass().getComponentType();
        if (element == null) {
            return array.getClass().getSimpleName();
        }
        StringBuilder dims = new StringBuilder();
        while (element.isArray()) {
            dims.append("[]");
            element = element.getComponentType();
        }
        return element.getSimpleName() + "[" + java.lang.reflect.Array.getLength(array) + "]" + dims;
    }
}
