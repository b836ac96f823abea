package io.jpar.runtime.cluster;

import io.jpar.Schedule;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.cpu.CpuLoops;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one cluster call, shared by rank 0 ({@link Rank0Call}) and the others ({@link Server}).
 *
 * <ol>
 *   <li>Rank 0 broadcasts the call: command, loop (site and chunk class name the first time, then the number they
 *       got), iteration space, and the descriptor of every {@link Mover} call of {@code move} (scalars' values,
 *       arrays' lengths, serialized objects), all packed in one message of {@value #HEADER} bytes (a second one
 *       carries the rest of a longer call).
 *   <li>The arrays, in {@code move} order: {@code broadcast} by Bcast, {@code scatter} by Scatterv.
 *   <li>Every rank runs its block; each other rank sends rank 0 one result message of a size both know from the
 *       descriptors: its status and its scalar reductions; a failed block's exception follows in a second message.
 *   <li>The arrays that come back, in {@code move} order: {@code gather} by Gatherv, array reductions by one
 *       message per rank.
 * </ol>
 * The descriptors make every step's counts known to both sides, so a rank whose block (or class, or an object)
 * failed still takes part in every later step with buffers of the right size: the protocol stays in step
 * whatever fails, and rank 0 rethrows the exception of the earliest failed block after the last step.
 */
final class Protocol {

    /**
     * The call message's first part: a scalar-only call (about 70 bytes once its loop has a number, 200-250 the
     * first time) fits; a longer call sends the rest in a second Bcast.
     */
    static final int HEADER = 256;
    static final int CALL = 1;
    static final int STOP = 2;
    static final int OK = 0;
    static final int FAILED = 1;
    static final int TAG_RESULT = 7101;
    static final int TAG_ARRAY = 7102;
    static final int TAG_FAILURE = 7103;

    private static final Map<LoopSite, byte[]> SITES = new ConcurrentHashMap<>();
    private static final Map<String, LoopSite> RECEIVED_SITES = new ConcurrentHashMap<>();
    /** Rank 0: the number of each loop this job's calls have named in full. */
    private static final Map<Loop, Integer> SENT_LOOPS = new ConcurrentHashMap<>();
    /** Other ranks: the loops named in full so far, by number (every rank reads every call, in order). */
    private static final List<Loop> RECEIVED_LOOPS = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A loop of the job: its site and chunk class; calls name it by number after the first. */
    record Loop(LoopSite site, String className) {
    }

    private Protocol() {
    }

    // ---- the call message

    static void sendHeader(Transport t, Pack header) {
        header.putLengthFirst();
        int length = header.length();
        byte[] bytes = header.array();
        if (bytes.length < HEADER) {
            bytes = java.util.Arrays.copyOf(bytes, HEADER);
        }
        t.bcast(bytes, 0, HEADER, Kind.BYTE);
        if (length > HEADER) {
            t.bcast(bytes, HEADER, length - HEADER, Kind.BYTE);
        }
    }

    static Pack receiveHeader(Transport t) {
        byte[] bytes = new byte[HEADER];
        t.bcast(bytes, 0, HEADER, Kind.BYTE);
        int length = java.nio.ByteBuffer.wrap(bytes).getInt(0);
        if (length > HEADER) {
            bytes = java.util.Arrays.copyOf(bytes, length);
            t.bcast(bytes, HEADER, length - HEADER, Kind.BYTE);
        }
        return new Pack(bytes, 4);
    }

    /** A new job: no loop has a number yet (on every rank). */
    static void forgetLoops() {
        SENT_LOOPS.clear();
        RECEIVED_LOOPS.clear();
    }

    /** The loop of a call: its number, or -1 and its site and chunk class name the first time (then numbered). */
    static void writeLoop(Pack p, LoopSite site, String className) {
        Loop loop = new Loop(site, className);
        Integer number = SENT_LOOPS.get(loop);
        if (number != null) {
            p.putInt(number);
            return;
        }
        p.putInt(-1);
        writeSite(p, site);
        p.putString(className);
        SENT_LOOPS.put(loop, SENT_LOOPS.size());
    }

    static Loop readLoop(Pack p) {
        int number = p.getInt();
        if (number >= 0) {
            return RECEIVED_LOOPS.get(number);
        }
        Loop loop = new Loop(readSite(p), p.getString());
        RECEIVED_LOOPS.add(loop);
        return loop;
    }

    private static void writeSite(Pack p, LoopSite site) {
        byte[] encoded = SITES.computeIfAbsent(site, s -> {
            Pack e = new Pack(0).putString(s.where()).putString(s.method()).putString(s.schedule().name())
                    .putInt(s.chunk()).putInt(s.threads()).putByte(s.depth());
            for (int level = 0; level < s.depth(); level++) {
                e.putByte(s.relation(level).ordinal());
            }
            return e.toBytes();
        });
        p.putBytes(encoded);
    }

    /** The site of a received call, one object per loop on this rank (so its statistics add up). */
    private static LoopSite readSite(Pack p) {
        byte[] encoded = p.getBytes();
        String key = new String(encoded, java.nio.charset.StandardCharsets.ISO_8859_1);
        return RECEIVED_SITES.computeIfAbsent(key, k -> {
            Pack e = new Pack(encoded, 0);
            String where = e.getString();
            String method = e.getString();
            Schedule schedule = Schedule.valueOf(e.getString());
            int chunk = e.getInt();
            int threads = e.getInt();
            Relation[] relations = new Relation[e.getByte()];
            for (int level = 0; level < relations.length; level++) {
                relations[level] = Relation.values()[e.getByte()];
            }
            return new LoopSite(where, method, schedule, chunk, threads, relations);
        });
    }

    static void writeSlots(Pack p, List<Slot> slots) {
        p.putInt(slots.size());
        for (Slot s : slots) {
            p.putByte(s.op.ordinal()).putByte(s.kind == null ? -1 : s.kind.ordinal()).putByte(s.shape)
                    .putInt(s.scale).putInt(s.offset).putInt(s.width);
            switch (s.shape) {
                case Slot.SCALAR -> p.putLong(s.op == Mover.Op.BROADCAST ? s.bits : 0);
                case Slot.ARRAY -> p.putInt(s.length);
                case Slot.ROWS -> {
                    p.putInt(s.length);
                    for (int i = 0; i < s.length; i++) {
                        p.putInt(s.rowLengths[i]);
                    }
                }
                default -> p.putBytes(s.bytes);
            }
        }
    }

    static List<Slot> readSlots(Pack p) {
        int n = p.getInt();
        List<Slot> slots = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Mover.Op op = Mover.Op.values()[p.getByte()];
            int kind = p.getByte();
            Slot s = new Slot(op, kind < 0 ? null : Kind.values()[kind], p.getByte(), p.getInt(), p.getInt(), p.getInt());
            switch (s.shape) {
                case Slot.SCALAR -> s.bits = p.getLong();
                case Slot.ARRAY -> s.length = p.getInt();
                case Slot.ROWS -> {
                    s.length = p.getInt();
                    if (s.length >= 0) {
                        s.rowLengths = new int[s.length];
                        for (int i = 0; i < s.length; i++) {
                            s.rowLengths[i] = p.getInt();
                        }
                    }
                }
                default -> s.bytes = p.getBytes();
            }
            slots.add(s);
        }
        return slots;
    }

    /** The bytes of a rank's result message: status, length of a failure message, the scalar reductions. */
    static int resultSize(List<Slot> slots) {
        int size = 5;
        for (Slot s : slots) {
            if (s.op == Mover.Op.REDUCE && s.shape == Slot.SCALAR) {
                size += 8;
            }
        }
        return size;
    }

    // ---- blocks

    /**
     * Runs rank r's blocks of the call on {@code chunk}, in iteration order, each with the CPU target (threads inside
     * the rank), so the chunk's partial covers all of them. A block that throws ends the rank's work: its later
     * blocks come after it, and rank 0 keeps only the earliest failed block's exception anyway.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void runBlocks(Object chunk, LoopSite site, Space s, int r) throws BlockFailed {
        for (long k = 0; k < s.blocksPerRank(); k++) {
            long b = s.blockNumber(r, k);
            long start = s.blockStart(b);
            long end = s.blockEnd(b);
            if (end <= start) {
                continue;
            }
            long first = s.indexOf(start);
            long limit = s.limitAt(end, site.relation(0));
            try {
                switch (s.shape) {
                    case Space.INT -> CpuLoops.forInt(site, (int) first, (int) limit, (int) s.step,
                            (ClusterIntChunk) chunk);
                    case Space.LONG -> CpuLoops.forLong(site, first, limit, s.step, (ClusterLongChunk) chunk);
                    default -> CpuLoops.forInt2(site, (int) first, (int) limit, (int) s.step, (int) s.first2,
                            (int) s.limit2, (int) s.step2, (ClusterInt2Chunk) chunk);
                }
            } catch (Throwable e) {
                throw new BlockFailed(b, e);
            }
        }
    }

    /** The failure of one block: its number (iteration order) and what it threw. */
    static final class BlockFailed extends Exception {
        final long block;

        BlockFailed(long block, Throwable cause) {
            super(null, cause, false, false);
            this.block = block;
        }
    }

    // ---- arrays of a described shape

    /** A rows array of {@code kind} with {@code count} rows, all null. */
    static Object[] newRows(Kind kind, int count) {
        return (Object[]) Array.newInstance(kind.arrayClass(), count);
    }

    /** Allocates the rows of rank r's block (a span of rows) that are missing or of another length. */
    static void allocateBlockRows(Object[] rows, Slot s, Space space, int r) {
        long[] span = space.span(r, s.length, s.scale, s.offset, s.width);
        for (int k = 0; k < span[2]; k++) {
            int i = (int) (span[0] + k * span[1]);
            int length = s.rowLengths[i];
            if (length < 0) {
                rows[i] = null;
            } else if (rows[i] == null || Array.getLength(rows[i]) != length) {
                rows[i] = s.kind.newArray(length);
            }
        }
    }

    // ---- failures

    /**
     * The failure message of a failed block: its number (which rank 0 compares to find the earliest), the
     * exception, serialized when it can be, its class name and message, and its stack as text.
     */
    static void writeFailure(Pack p, long block, Throwable failure) {
        p.putLong(block);
        byte[] bytes = ObjectCodec.encodeThrowable(failure);
        p.putBytes(bytes == null ? new byte[0] : bytes);
        p.putString(failure.getClass().getName());
        p.putByte(failure.getMessage() == null ? 0 : 1);
        p.putString(failure.getMessage() == null ? "" : failure.getMessage());
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        p.putString(text.toString());
    }

    /**
     * The exception of rank r's failed block (after its number): with its own type when it could travel and its
     * class may (the JDK's, or allowed by {@link ObjectCodec}), else a {@link RemoteBlockException} with its class
     * name, message and stack.
     */
    static Throwable readFailure(Pack p, int r) {
        byte[] bytes = p.getBytes();
        String className = p.getString();
        boolean hasMessage = p.getByte() != 0;
        String message = p.getString();
        String text = p.getString();
        String why = "cannot travel to rank 0 with its type";
        if (bytes.length > 0) {
            try {
                return ObjectCodec.decodeThrowable(bytes);
            } catch (ObjectCodec.Refused e) {
                why = "may not travel between ranks with its type (class " + e.className + " is not allowed: add "
                        + "it to the system property " + ObjectCodec.ALLOW_PROPERTY + " of every rank)";
            } catch (RuntimeException e) {
                // reported as text below
            }
        }
        return new RemoteBlockException("jpar: the block of rank " + r + " failed with " + className
                + (hasMessage ? ": " + message : "") + ", an exception that " + why + "; its stack on rank " + r
                + ":\n" + text, className, hasMessage ? message : null);
    }
}
