package io.jpar.runtime.cluster;

import io.jpar.runtime.LoopSite;

import java.util.List;

/** One cluster call as rank 0 runs it; see {@link Protocol} for the messages. */
final class Rank0Call {

    private Rank0Call() {
    }

    /** @param perTrip iterations per trip of {@code space} (the inner trips under collapse, else 1) */
    static <C> C run(Transport t, LoopSite site, Space space, long perTrip, C prototype) {
        int ranks = t.size();
        String className = prototype.getClass().getName();
        Recorder recorder = new Recorder(true);
        Chunks.move(prototype, recorder);               // may fail (an object that may not travel): nothing sent yet
        List<Slot> slots = recorder.slots;
        boolean byBlock = false;
        for (Slot s : slots) {
            if (s.shape == Slot.ROWS && s.length >= 0) {
                Transfers.total(s.rowLengths, 0, 1, s.length);  // refuses rows too big for one buffer, before sending
            }
            byBlock |= s.op == Mover.Op.SCATTER || s.op == Mover.Op.GATHER;
        }
        if (!byBlock) {
            space = space.dealt(perTrip);   // no array moves by block: deal several blocks to each rank
        }
        Pack header = new Pack(4).putByte(Protocol.CALL);
        Protocol.writeLoop(header, site, className);
        space.write(header);
        Protocol.writeSlots(header, slots);
        Protocol.sendHeader(t, header);

        for (Slot s : slots) {
            if (s.length < 0) {
                continue;
            }
            if (s.shape == Slot.ARRAY && s.op == Mover.Op.BROADCAST) {
                Transfers.broadcastArray(t, s.kind, s.value, s.length);
            } else if (s.shape == Slot.ARRAY && s.op == Mover.Op.SCATTER) {
                Transfers.scatterArray(t, space, s.kind, s.value, s.length, s.scale, s.offset, s.width);
            } else if (s.shape == Slot.ROWS && s.op == Mover.Op.BROADCAST) {
                Transfers.broadcastRows(t, s.kind, (Object[]) s.value, s.rowLengths);
            } else if (s.shape == Slot.ROWS && s.op == Mover.Op.SCATTER) {
                Transfers.scatterRows(t, space, s.kind, (Object[]) s.value, s.rowLengths, s.scale, s.offset, s.width);
            }
        }

        // the earliest failed block (lowest number: blocks are numbered in iteration order) wins
        Throwable failure = null;
        long failedBlock = Long.MAX_VALUE;
        int failedRank = ranks;
        try {
            Protocol.runBlocks(prototype, site, space, 0);
        } catch (Protocol.BlockFailed e) {
            failure = e.getCause();
            failedBlock = e.block;
            failedRank = 0;
        }

        Pack[] results = new Pack[ranks];
        int size = Protocol.resultSize(slots);
        for (int r = 1; r < ranks; r++) {
            byte[] bytes = new byte[size];
            t.recv(bytes, 0, size, Kind.BYTE, r, Protocol.TAG_RESULT);
            results[r] = new Pack(bytes, 0);
            int status = results[r].getByte();
            int failureLength = results[r].getInt();
            if (status != Protocol.OK) {
                byte[] failed = new byte[failureLength];
                t.recv(failed, 0, failureLength, Kind.BYTE, r, Protocol.TAG_FAILURE);
                Pack message = new Pack(failed, 0);
                long block = message.getLong();
                if (block < failedBlock) {
                    failedBlock = block;
                    failedRank = r;
                    failure = Protocol.readFailure(message, r);
                }
            }
        }

        Object[][] reducedArrays = new Object[slots.size()][];
        for (int k = 0; k < slots.size(); k++) {
            Slot s = slots.get(k);
            if (!s.returns() || s.shape == Slot.SCALAR || s.length < 0) {
                continue;
            }
            if (s.op == Mover.Op.GATHER && s.shape == Slot.ARRAY) {
                Transfers.gatherArray(t, space, s.kind, s.value, s.length, s.scale, s.offset, s.width, failedRank);
            } else if (s.op == Mover.Op.GATHER) {
                Transfers.gatherRows(t, space, s.kind, (Object[]) s.value, s.rowLengths, s.scale, s.offset, s.width,
                        failedRank);
            } else {                                    // an array reduction (Mover has no reduce of rows)
                reducedArrays[k] = new Object[ranks];
                for (int r = 1; r < ranks; r++) {
                    Object partial = s.kind.newArray(s.length);
                    t.recv(partial, 0, s.length, s.kind, r, Protocol.TAG_ARRAY);
                    reducedArrays[k][r] = partial;
                }
            }
        }
        if (failure != null) {
            if (failedRank != 0) {
                // the remote stack ends in the other rank's server loop: name the rank, keep the caller's frames
                ThrownOnRank.attach(failure, failedRank, site.where());
            }
            throw Rethrow.as(failure);
        }
        for (int r = 1; r < ranks; r++) {
            Object partial = Chunks.fresh(prototype);
            Chunks.move(partial, new Replayer.Merge(slots, className, results[r], reducedArrays, r));
            Chunks.merge(prototype, partial);
        }
        return prototype;
    }
}
