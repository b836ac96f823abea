package io.jpar.runtime.cluster;

import java.lang.reflect.Array;
import java.util.List;

/**
 * A mover that hands the fields the values that another rank sent, call by call, checking that {@code move}
 * makes the same calls in the same order as on the sending rank.
 */
abstract class Replayer extends Mover {

    private final List<Slot> slots;
    private final String className;
    private int next;

    Replayer(List<Slot> slots, String className) {
        this.slots = slots;
        this.className = className;
    }

    /** The recorded slot for this call. */
    final Slot next(Op op, Kind kind, int shape, int scale, int offset, int width) {
        Slot expected = new Slot(op, kind, shape, scale, offset, width);
        if (next >= slots.size() || !slots.get(next).sameCall(expected)) {
            throw new IllegalStateException("jpar: the move() of " + className + " made a different call ("
                    + expected.describe() + ") at position " + (next + 1) + " than on the other rank ("
                    + (next < slots.size() ? slots.get(next).describe() : "no more calls") + "); move() must "
                    + "make the same calls in the same order every time");
        }
        return slots.get(next++);
    }

    /** Rank r before its block: every field gets what rank 0 sent; gathered arrays are made full-length. */
    static final class Receive extends Replayer {
        private final Space space;
        private final int rank;

        Receive(List<Slot> slots, String className, Space space, int rank) {
            super(slots, className);
            this.space = space;
            this.rank = rank;
        }

        @Override
        long scalar(Op op, Kind kind, long bits) {
            Slot s = next(op, kind, Slot.SCALAR, 0, 0, 1);
            return op == Op.BROADCAST ? s.bits : bits;
        }

        @Override
        Object array(Op op, Kind kind, Object a, int scale, int offset, int width) {
            Slot s = next(op, kind, Slot.ARRAY, scale, offset, width);
            if (op != Op.GATHER) {
                return s.value;
            }
            if (s.length < 0) {
                return null;
            }
            return a != null && Array.getLength(a) == s.length ? a : kind.newArray(s.length);   // kept if scattered
        }

        @Override
        Object rows(Op op, Kind kind, Object a, int scale, int offset, int width) {
            Slot s = next(op, kind, Slot.ROWS, scale, offset, width);
            if (op != Op.GATHER) {
                return s.value;
            }
            if (s.length < 0) {
                return null;
            }
            Object[] rows = a != null && ((Object[]) a).length == s.length ? (Object[]) a
                    : Protocol.newRows(kind, s.length);
            Protocol.allocateBlockRows(rows, s, space, rank);
            return rows;
        }

        @Override
        Object value(Object v) {
            return next(Op.OBJECT, null, Slot.OBJECT, 0, 0, 1).value;
        }
    }

    /** Rank 0 after the call: a partial of rank r gets r's reductions, every other field stays. */
    static final class Merge extends Replayer {
        private final Pack result;
        private final Object[][] reducedArrays;
        private final int rank;
        private int position;

        Merge(List<Slot> slots, String className, Pack result, Object[][] reducedArrays, int rank) {
            super(slots, className);
            this.result = result;
            this.reducedArrays = reducedArrays;
            this.rank = rank;
        }

        @Override
        long scalar(Op op, Kind kind, long bits) {
            position++;
            next(op, kind, Slot.SCALAR, 0, 0, 1);
            return op == Op.REDUCE ? result.getLong() : bits;
        }

        @Override
        Object array(Op op, Kind kind, Object a, int scale, int offset, int width) {
            int at = position++;
            Slot s = next(op, kind, Slot.ARRAY, scale, offset, width);
            return op == Op.REDUCE && s.length >= 0 ? reducedArrays[at][rank] : a;
        }

        @Override
        Object rows(Op op, Kind kind, Object a, int scale, int offset, int width) {
            position++;
            next(op, kind, Slot.ROWS, scale, offset, width);
            return a;
        }

        @Override
        Object value(Object v) {
            position++;
            next(Op.OBJECT, null, Slot.OBJECT, 0, 0, 1);
            return v;
        }
    }
}
