package io.jpar.runtime.gpu;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Page-aligned direct memory through which arrays reach the device (Java arrays move, so a device cannot use
 * them in place), kept from launch to launch: a fresh direct buffer costs zeroing and page faults on every
 * byte, a kept one only the copy. At most {@value #KEEP_BYTES} bytes are kept (the smallest buffers go first);
 * a larger buffer is used once and dropped. Used under the context's lock.
 */
final class StagingPool {

    /** Alignment of host memory handed to a device: a page, which zero-copy paths want. */
    static final int PAGE = 4096;

    /** The most direct memory kept between launches. */
    static final long KEEP_BYTES = 256L << 20;

    private final List<ByteBuffer> free = new ArrayList<>();
    private final long keepBytes;
    private long kept;

    StagingPool() {
        this(KEEP_BYTES);
    }

    /** @param keepBytes the most bytes kept between launches */
    StagingPool(long keepBytes) {
        this.keepBytes = keepBytes;
    }

    /** A buffer of exactly {@code bytes} (its limit), position 0, native order; give it back after the launch. */
    ByteBuffer take(long bytes) {
        // By index, never remove(Object): ByteBuffer.equals compares contents.
        int found = -1;
        for (int i = 0; i < free.size(); i++) {
            int capacity = free.get(i).capacity();
            if (capacity >= bytes && (found < 0 || capacity < free.get(found).capacity())) {
                found = i;
            }
        }
        ByteBuffer best;
        if (found >= 0) {
            best = free.remove(found);
            kept -= best.capacity();
        } else {
            long pages = (bytes + PAGE - 1) / PAGE;
            best = ByteBuffer.allocateDirect((int) ((pages + 1) * PAGE)).alignedSlice(PAGE);
        }
        best.clear().limit((int) bytes);
        return best.order(ByteOrder.nativeOrder());
    }

    /** Keeps {@code buffer} for later launches, dropping the smallest kept ones when over the limit. */
    void give(ByteBuffer buffer) {
        if (buffer.capacity() > keepBytes) {
            return;
        }
        free.add(buffer);
        kept += buffer.capacity();
        while (kept > keepBytes) {
            int smallest = 0;
            for (int i = 1; i < free.size(); i++) {
                if (free.get(i).capacity() < free.get(smallest).capacity()) {
                    smallest = i;
                }
            }
            kept -= free.remove(smallest).capacity();
        }
    }
}
