package io.jpar.runtime.cluster;

import java.lang.reflect.Array;

/**
 * The typed buffers of arrays and rows, moved with the transport's collectives. Rank 0 and the other ranks call
 * the same method with the same descriptors, so both sides compute the same counts. Each rank's elements go
 * straight from and into the arrays when they lie next to each other; strided elements and rows travel packed.
 */
final class Transfers {

    private Transfers() {
    }

    // ---- arrays

    static void broadcastArray(Transport t, Kind kind, Object a, int length) {
        if (length > 0) {
            t.bcast(a, 0, length, kind);
        }
    }

    /** Rank 0: {@code a} is the user's array; others: the full-length array to fill at their block. */
    static void scatterArray(Transport t, Space space, Kind kind, Object a, int length, int scale, int offset, int width) {
        int ranks = t.size();
        boolean contiguous = space.contiguous(scale, width);
        if (t.rank() == 0) {
            int[] counts = new int[ranks];
            int[] displs = new int[ranks];
            long[][] spans = spans(space, ranks, length, scale, offset, width, counts);
            Object send = a;
            if (contiguous) {
                for (int r = 1; r < ranks; r++) {
                    displs[r] = (int) spans[r][0];
                }
            } else {
                send = kind.newArray(prefix(counts, displs));
                for (int r = 1; r < ranks; r++) {
                    copy(a, (int) spans[r][0], (int) spans[r][1], send, displs[r], 1, counts[r]);
                }
            }
            t.scatterv(send, counts, displs, kind.newArray(0), 0, 0, kind);
        } else {
            long[] span = space.span(t.rank(), length, scale, offset, width);
            int count = (int) span[2];
            if (contiguous) {
                t.scatterv(kind.newArray(0), new int[ranks], new int[ranks], a, (int) span[0], count, kind);
            } else {
                Object packed = kind.newArray(count);
                t.scatterv(kind.newArray(0), new int[ranks], new int[ranks], packed, 0, count, kind);
                copy(packed, 0, 1, a, (int) span[0], (int) span[1], count);
            }
        }
    }

    /**
     * Rank 0 receives every other rank's block into {@code a}, keeping only the blocks of ranks below
     * {@code keepBelow} (the first failed rank; the rank count when none failed).
     */
    static void gatherArray(Transport t, Space space, Kind kind, Object a, int length, int scale, int offset, int width,
                            int keepBelow) {
        int ranks = t.size();
        boolean contiguous = space.contiguous(scale, width);
        if (t.rank() == 0) {
            int[] counts = new int[ranks];
            int[] displs = new int[ranks];
            long[][] spans = spans(space, ranks, length, scale, offset, width, counts);
            if (contiguous && keepBelow >= ranks) {
                for (int r = 1; r < ranks; r++) {
                    displs[r] = (int) spans[r][0];
                }
                t.gatherv(kind.newArray(0), 0, 0, a, counts, displs, kind);
            } else {
                Object packed = kind.newArray(prefix(counts, displs));
                t.gatherv(kind.newArray(0), 0, 0, packed, counts, displs, kind);
                for (int r = 1; r < Math.min(keepBelow, ranks); r++) {
                    copy(packed, displs[r], 1, a, (int) spans[r][0], (int) spans[r][1], counts[r]);
                }
            }
        } else {
            long[] span = space.span(t.rank(), length, scale, offset, width);
            int count = (int) span[2];
            if (contiguous) {
                t.gatherv(a, (int) span[0], count, kind.newArray(0), new int[ranks], new int[ranks], kind);
            } else {
                Object packed = kind.newArray(count);
                copy(a, (int) span[0], (int) span[1], packed, 0, 1, count);
                t.gatherv(packed, 0, count, kind.newArray(0), new int[ranks], new int[ranks], kind);
            }
        }
    }

    // ---- rows (T[][]): the elements of the rows concerned, one after the other

    static void broadcastRows(Transport t, Kind kind, Object[] rows, int[] rowLengths) {
        int total = total(rowLengths, 0, 1, rowLengths.length);
        Object flat = kind.newArray(total);
        if (t.rank() == 0) {
            flatten(rows, 0, 1, rowLengths.length, flat, 0);
        }
        if (total > 0) {
            t.bcast(flat, 0, total, kind);
        }
        if (t.rank() != 0) {
            unflatten(flat, 0, rows, 0, 1, rowLengths.length);
        }
    }

    static void scatterRows(Transport t, Space space, Kind kind, Object[] rows, int[] rowLengths, int scale,
                            int offset, int width) {
        int ranks = t.size();
        if (t.rank() == 0) {
            int[] counts = new int[ranks];
            int[] displs = new int[ranks];
            long[][] spans = rowSpans(space, ranks, rowLengths, scale, offset, width, counts);
            Object flat = kind.newArray(prefix(counts, displs));
            for (int r = 1; r < ranks; r++) {
                flatten(rows, (int) spans[r][0], (int) spans[r][1], (int) spans[r][2], flat, displs[r]);
            }
            t.scatterv(flat, counts, displs, kind.newArray(0), 0, 0, kind);
        } else {
            long[] span = space.span(t.rank(), rowLengths.length, scale, offset, width);
            int total = total(rowLengths, (int) span[0], (int) span[1], (int) span[2]);
            Object flat = kind.newArray(total);
            t.scatterv(kind.newArray(0), new int[ranks], new int[ranks], flat, 0, total, kind);
            unflatten(flat, 0, rows, (int) span[0], (int) span[1], (int) span[2]);
        }
    }

    static void gatherRows(Transport t, Space space, Kind kind, Object[] rows, int[] rowLengths, int scale,
                           int offset, int width, int keepBelow) {
        int ranks = t.size();
        if (t.rank() == 0) {
            int[] counts = new int[ranks];
            int[] displs = new int[ranks];
            long[][] spans = rowSpans(space, ranks, rowLengths, scale, offset, width, counts);
            Object flat = kind.newArray(prefix(counts, displs));
            t.gatherv(kind.newArray(0), 0, 0, flat, counts, displs, kind);
            for (int r = 1; r < Math.min(keepBelow, ranks); r++) {
                unflatten(flat, displs[r], rows, (int) spans[r][0], (int) spans[r][1], (int) spans[r][2]);
            }
        } else {
            long[] span = space.span(t.rank(), rowLengths.length, scale, offset, width);
            int total = total(rowLengths, (int) span[0], (int) span[1], (int) span[2]);
            Object flat = kind.newArray(total);
            flatten(rows, (int) span[0], (int) span[1], (int) span[2], flat, 0);
            t.gatherv(flat, 0, total, kind.newArray(0), new int[ranks], new int[ranks], kind);
        }
    }

    // ---- helpers

    private static long[][] spans(Space space, int ranks, int length, int scale, int offset, int width, int[] counts) {
        long[][] spans = new long[ranks][];
        for (int r = 1; r < ranks; r++) {
            spans[r] = space.span(r, length, scale, offset, width);
            counts[r] = (int) spans[r][2];
        }
        return spans;
    }

    private static long[][] rowSpans(Space space, int ranks, int[] rowLengths, int scale, int offset, int width,
                                     int[] counts) {
        long[][] spans = new long[ranks][];
        for (int r = 1; r < ranks; r++) {
            spans[r] = space.span(r, rowLengths.length, scale, offset, width);
            counts[r] = total(rowLengths, (int) spans[r][0], (int) spans[r][1], (int) spans[r][2]);
        }
        return spans;
    }

    /** Fills displs with the running sums of counts and returns the total. */
    private static int prefix(int[] counts, int[] displs) {
        long sum = 0;
        for (int r = 0; r < counts.length; r++) {
            displs[r] = (int) sum;
            sum += counts[r];
        }
        return checked(sum);
    }

    /** The elements of rows {@code first, first+stride, ...} ({@code count} of them); null rows have none. */
    static int total(int[] rowLengths, int first, int stride, int count) {
        long sum = 0;
        for (int k = 0; k < count; k++) {
            sum += Math.max(0, rowLengths[first + k * stride]);
        }
        return checked(sum);
    }

    private static int checked(long elements) {
        if (elements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("jpar: " + elements + " elements in one cluster transfer; at most "
                    + (Integer.MAX_VALUE - 8) + " can travel as one buffer");
        }
        return (int) elements;
    }

    private static void flatten(Object[] rows, int first, int stride, int count, Object flat, int at) {
        for (int k = 0; k < count; k++) {
            Object row = rows[first + k * stride];
            if (row != null) {
                int n = Array.getLength(row);
                System.arraycopy(row, 0, flat, at, n);
                at += n;
            }
        }
    }

    private static void unflatten(Object flat, int at, Object[] rows, int first, int stride, int count) {
        for (int k = 0; k < count; k++) {
            Object row = rows[first + k * stride];
            if (row != null) {
                int n = Array.getLength(row);
                System.arraycopy(flat, at, row, 0, n);
                at += n;
            }
        }
    }

    /** {@code count} elements from {@code src} (every {@code srcStride}) to {@code dst} (every {@code dstStride}). */
    static void copy(Object src, int srcPos, int srcStride, Object dst, int dstPos, int dstStride, int count) {
        if (srcStride == 1 && dstStride == 1) {
            System.arraycopy(src, srcPos, dst, dstPos, count);
            return;
        }
        if (src instanceof double[] s) {
            double[] d = (double[]) dst;
            for (int k = 0; k < count; k++) {
                d[dstPos + k * dstStride] = s[srcPos + k * srcStride];
            }
        } else if (src instanceof int[] s) {
            int[] d = (int[]) dst;
            for (int k = 0; k < count; k++) {
                d[dstPos + k * dstStride] = s[srcPos + k * srcStride];
            }
        } else if (src instanceof long[] s) {
            long[] d = (long[]) dst;
            for (int k = 0; k < count; k++) {
                d[dstPos + k * dstStride] = s[srcPos + k * srcStride];
            }
        } else {
            for (int k = 0; k < count; k++) {
                Array.set(dst, dstPos + k * dstStride, Array.get(src, srcPos + k * srcStride));
            }
        }
    }
}
