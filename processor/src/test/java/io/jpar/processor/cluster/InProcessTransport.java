package io.jpar.processor.cluster;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The runtime's {@code io.jpar.runtime.cluster.Transport} between ranks that are threads of one JVM, as a dynamic
 * proxy (each rank has its own copy of the runtime, so its own Transport interface; the proxy also keeps this test
 * independent of that internal interface's exact shape). Every message is a copy of the sent elements on a queue
 * per sender, receiver and tag; collectives go through rank 0. An operation this class does not know fails with
 * its name.
 */
final class InProcessTransport implements InvocationHandler {

    private static final int BCAST = -1;
    private static final int SCATTER = -2;
    private static final int GATHER = -3;
    /** A rank that waits this long for a message is stuck: the test fails instead of hanging. */
    private static final long WAIT_SECONDS = 60;

    private final int rank;
    private final int size;
    private final Map<String, BlockingQueue<Object>> hub;

    InProcessTransport(int rank, int size, Map<String, BlockingQueue<Object>> hub) {
        this.rank = rank;
        this.size = size;
        this.hub = hub;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] a) {
        switch (method.getName()) {
            case "rank" -> {
                return rank;
            }
            case "size" -> {
                return size;
            }
            case "bcast" -> bcast(a[0], (int) a[1], (int) a[2]);
            case "scatterv" -> scatterv(a[0], (int[]) a[1], (int[]) a[2], a[3], (int) a[4], (int) a[5]);
            case "gatherv" -> gatherv(a[0], (int) a[1], (int) a[2], a[3], (int[]) a[4], (int[]) a[5]);
            case "send" -> send(a[0], (int) a[1], (int) a[2], (int) a[4], (int) a[5]);
            case "recv" -> recv(a[0], (int) a[1], (int) a[2], (int) a[4], (int) a[5]);
            case "toString" -> {
                return "in-process transport of rank " + rank;
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == a[0];
            }
            default -> throw new UnsupportedOperationException("the in-process transport of the test has no " + method);
        }
        return null;
    }

    private void bcast(Object buf, int offset, int count) {
        if (rank == 0) {
            for (int r = 1; r < size; r++) {
                send(buf, offset, count, r, BCAST);
            }
        } else {
            recv(buf, offset, count, 0, BCAST);
        }
    }

    private void scatterv(Object send, int[] counts, int[] displs, Object recv, int recvOffset, int recvCount) {
        if (rank == 0) {
            for (int r = 1; r < size; r++) {
                send(send, displs[r], counts[r], r, SCATTER);
            }
            System.arraycopy(send, displs[0], recv, recvOffset, recvCount);
        } else {
            recv(recv, recvOffset, recvCount, 0, SCATTER);
        }
    }

    private void gatherv(Object send, int sendOffset, int sendCount, Object recv, int[] counts, int[] displs) {
        if (rank == 0) {
            System.arraycopy(send, sendOffset, recv, displs[0], sendCount);
            for (int r = 1; r < size; r++) {
                recv(recv, displs[r], counts[r], r, GATHER);
            }
        } else {
            send(send, sendOffset, sendCount, 0, GATHER);
        }
    }

    private void send(Object buf, int offset, int count, int dest, int tag) {
        Object copy = Array.newInstance(buf.getClass().getComponentType(), count);
        System.arraycopy(buf, offset, copy, 0, count);
        queue(rank, dest, tag).add(copy);
    }

    private void recv(Object buf, int offset, int count, int source, int tag) {
        Object message;
        try {
            message = queue(source, rank, tag).poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rank " + rank + " interrupted", e);
        }
        if (message == null) {
            throw new IllegalStateException("rank " + rank + ": no message from rank " + source + " with tag " + tag);
        }
        if (Array.getLength(message) != count) {
            throw new IllegalStateException("rank " + rank + ": expected " + count + " elements from rank " + source
                    + " with tag " + tag + ", got " + Array.getLength(message));
        }
        System.arraycopy(message, 0, buf, offset, count);
    }

    private BlockingQueue<Object> queue(int from, int to, int tag) {
        return hub.computeIfAbsent(from + ">" + to + "#" + tag, k -> new LinkedBlockingQueue<>());
    }
}
