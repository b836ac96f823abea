package io.jpar.runtime.cluster;

import io.jpar.runtime.LoopSite;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/** What ranks other than 0 do in a job: serve rank 0's calls until it says stop; see {@link Protocol}. */
final class Server {

    private Server() {
    }

    static void serve(Transport t) {
        while (true) {
            Pack header = Protocol.receiveHeader(t);
            if (header.getByte() == Protocol.STOP) {
                return;
            }
            serveCall(t, header);
        }
    }

    private static void serveCall(Transport t, Pack header) {
        int rank = t.rank();
        Protocol.Loop loop = Protocol.readLoop(header);
        LoopSite site = loop.site();
        String className = loop.className();
        Space space = Space.read(header, t.size());
        List<Slot> slots = Protocol.readSlots(header);

        Throwable failure = receive(t, space, slots);
        long failedBlock = space.blockNumber(rank, 0);  // a failure before any block: this rank's first block
        Object part = null;
        if (failure == null) {
            try {
                Object chunk = Chunks.instantiate(className);
                Chunks.move(chunk, new Replayer.Receive(slots, className, space, rank));
                part = Chunks.fresh(chunk);
                Protocol.runBlocks(part, site, space, rank);
            } catch (Protocol.BlockFailed e) {
                failure = e.getCause();
                failedBlock = e.block;
            } catch (Throwable e) {
                failure = e;
            }
        }

        List<Slot> expected = new ArrayList<>();
        for (Slot s : slots) {
            if (s.returns()) {
                expected.add(s);
            }
        }
        List<Slot> back = null;
        if (part != null) {
            try {
                back = results(part, className, expected, space, rank);
            } catch (Throwable e) {
                failure = failure == null ? e : failure;
            }
        }
        if (back == null) {
            back = zeros(expected, space, rank);
        }

        // a result of known size (rank 0 knows it from the descriptors: no Probe, which costs MPJ a round trip)
        Pack result = new Pack(0);
        Pack failed = null;
        if (failure == null) {
            result.putByte(Protocol.OK).putInt(0);
            for (Slot s : back) {
                if (s.shape == Slot.SCALAR) {
                    result.putLong(s.bits);
                }
            }
        } else {
            failed = new Pack(0);
            Protocol.writeFailure(failed, failedBlock, failure);
            result.putByte(Protocol.FAILED).putInt(failed.length());
        }
        int size = Protocol.resultSize(slots);
        byte[] bytes = java.util.Arrays.copyOf(result.array(), Math.max(size, result.array().length));
        t.send(bytes, 0, size, Kind.BYTE, 0, Protocol.TAG_RESULT);
        if (failed != null) {
            t.send(failed.array(), 0, failed.length(), Kind.BYTE, 0, Protocol.TAG_FAILURE);
        }

        for (Slot s : back) {
            if (s.shape == Slot.SCALAR || s.length < 0) {
                continue;
            }
            if (s.op == Mover.Op.GATHER && s.shape == Slot.ARRAY) {
                Transfers.gatherArray(t, space, s.kind, s.value, s.length, s.scale, s.offset, s.width, t.size());
            } else if (s.op == Mover.Op.GATHER) {
                Transfers.gatherRows(t, space, s.kind, (Object[]) s.value, s.rowLengths, s.scale, s.offset, s.width,
                        t.size());
            } else {
                t.send(s.value, 0, s.length, s.kind, 0, Protocol.TAG_ARRAY);
            }
        }
    }

    /** Receives the arrays and objects of the call into the slots; the first failure, if any, for the result. */
    private static Throwable receive(Transport t, Space space, List<Slot> slots) {
        Throwable failure = null;
        for (Slot s : slots) {
            if (s.shape == Slot.OBJECT) {
                try {
                    s.value = ObjectCodec.decode(s.bytes);
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                }
                continue;
            }
            if (s.shape == Slot.SCALAR || s.length < 0) {
                continue;
            }
            if (s.shape == Slot.ARRAY) {
                switch (s.op) {
                    case BROADCAST -> {
                        s.value = s.kind.newArray(s.length);
                        Transfers.broadcastArray(t, s.kind, s.value, s.length);
                    }
                    case SCATTER -> {
                        s.value = s.kind.newArray(s.length);
                        Transfers.scatterArray(t, space, s.kind, s.value, s.length, s.scale, s.offset, s.width);
                    }
                    case REDUCE -> s.value = s.kind.newArray(s.length);   // fresh() copies its length
                    default -> { }                                        // GATHER: made when move() asks
                }
            } else if (s.op == Mover.Op.BROADCAST) {
                Object[] rows = Protocol.newRows(s.kind, s.length);
                for (int i = 0; i < s.length; i++) {
                    rows[i] = s.rowLengths[i] < 0 ? null : s.kind.newArray(s.rowLengths[i]);
                }
                Transfers.broadcastRows(t, s.kind, rows, s.rowLengths);
                s.value = rows;
            } else if (s.op == Mover.Op.SCATTER) {
                Object[] rows = Protocol.newRows(s.kind, s.length);
                Protocol.allocateBlockRows(rows, s, space, t.rank());
                Transfers.scatterRows(t, space, s.kind, rows, s.rowLengths, s.scale, s.offset, s.width);
                s.value = rows;
            }
        }
        return failure;
    }

    /** What this rank sends back after its block, checked against what rank 0 expects. */
    private static List<Slot> results(Object part, String className, List<Slot> expected, Space space, int rank) {
        Recorder recorder = new Recorder(false);
        Chunks.move(part, recorder);
        List<Slot> back = new ArrayList<>();
        for (Slot s : recorder.slots) {
            if (s.returns()) {
                back.add(s);
            }
        }
        boolean same = back.size() == expected.size();
        for (int k = 0; same && k < back.size(); k++) {
            Slot mine = back.get(k);
            Slot theirs = expected.get(k);
            same = mine.sameCall(theirs) && (mine.shape == Slot.SCALAR || mine.length == theirs.length);
            if (same && mine.shape == Slot.ROWS && mine.length >= 0) {
                long[] span = space.span(rank, mine.length, mine.scale, mine.offset, mine.width);
                for (int j = 0; j < span[2]; j++) {
                    int i = (int) (span[0] + j * span[1]);
                    if (mine.rowLengths[i] != theirs.rowLengths[i]) {
                        throw new IllegalStateException("jpar: rank " + rank + ": row " + i + " of a gathered "
                                + "array of rows has length " + mine.rowLengths[i] + " after the block, "
                                + theirs.rowLengths[i] + " before it; gathered rows must exist before the loop "
                                + "and keep their length");
                    }
                }
            }
        }
        if (!same) {
            throw new IllegalStateException("jpar: rank " + rank + ": the move() of " + className + " gave "
                    + "other results after the block than before it (a gathered or reduced array changed "
                    + "length, or move() made other calls)");
        }
        return back;
    }

    /** Results of the described sizes, for a rank whose block did not run: keeps the protocol in step. */
    private static List<Slot> zeros(List<Slot> expected, Space space, int rank) {
        List<Slot> back = new ArrayList<>();
        for (Slot s : expected) {
            Slot z = new Slot(s.op, s.kind, s.shape, s.scale, s.offset, s.width);
            z.length = s.length;
            z.rowLengths = s.rowLengths;
            if (s.shape == Slot.ARRAY && s.length >= 0) {
                z.value = s.kind.newArray(s.length);
            } else if (s.shape == Slot.ROWS && s.length >= 0) {
                Object[] rows = Protocol.newRows(s.kind, s.length);
                Protocol.allocateBlockRows(rows, s, space, rank);
                z.value = rows;
            }
            back.add(z);
        }
        return back;
    }

}
