package io.jpar.runtime.cluster;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** A mover that changes nothing and writes down every call with its value: what a rank has to send. */
final class Recorder extends Mover {

    final List<Slot> slots = new ArrayList<>();
    private final boolean encodeObjects;

    /** @param encodeObjects serialize {@code object} values now (rank 0 before a call: fail before sending) */
    Recorder(boolean encodeObjects) {
        this.encodeObjects = encodeObjects;
    }

    @Override
    long scalar(Op op, Kind kind, long bits) {
        Slot s = new Slot(op, kind, Slot.SCALAR, 0, 0);
        s.bits = bits;
        slots.add(s);
        return bits;
    }

    @Override
    Object array(Op op, Kind kind, Object a, int scale, int offset, int width) {
        Slot s = new Slot(op, kind, Slot.ARRAY, scale, offset, width);
        s.value = a;
        s.length = a == null ? -1 : Array.getLength(a);
        slots.add(s);
        return a;
    }

    @Override
    Object rows(Op op, Kind kind, Object a, int scale, int offset, int width) {
        Slot s = new Slot(op, kind, Slot.ROWS, scale, offset, width);
        s.value = a;
        if (a != null) {
            Object[] rows = (Object[]) a;
            s.length = rows.length;
            s.rowLengths = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                s.rowLengths[i] = rows[i] == null ? -1 : Array.getLength(rows[i]);
            }
        }
        slots.add(s);
        return a;
    }

    @Override
    Object value(Object v) {
        Slot s = new Slot(Op.OBJECT, null, Slot.OBJECT, 0, 0);
        s.value = v;
        if (encodeObjects) {
            s.bytes = ObjectCodec.encode(v);
        }
        slots.add(s);
        return v;
    }
}
