package io.jpar.runtime.cluster;

/**
 * The message passing that the cluster runtime needs, on MPJ Express in a job ({@code cluster.mpj.MpjTransport}).
 * Buffers are primitive arrays of the given kind; offsets and counts are in elements; rank 0 is the root of every
 * collective. Part of the runtime's inside, public only so that the MPJ package can implement it.
 */
public interface Transport {

    /** This rank, 0 .. size-1. */
    int rank();

    /** The number of ranks. */
    int size();

    /** Rank 0's {@code buf[offset .. offset+count)} into every other rank's. */
    void bcast(Object buf, int offset, int count, Kind kind);

    /**
     * Rank 0 sends {@code counts[r]} elements from {@code send} at {@code displs[r]} to each rank r; each rank
     * receives its {@code recvCount} elements into {@code recv} at {@code recvOffset} ({@code send}, counts and
     * displs are read on rank 0 only).
     */
    void scatterv(Object send, int[] counts, int[] displs, Object recv, int recvOffset, int recvCount, Kind kind);

    /** The inverse of {@link #scatterv}: every rank's {@code send} block into rank 0's {@code recv}. */
    void gatherv(Object send, int sendOffset, int sendCount, Object recv, int[] counts, int[] displs, Kind kind);

    /** A point-to-point message. */
    void send(Object buf, int offset, int count, Kind kind, int dest, int tag);

    /** Receives exactly {@code count} elements of a point-to-point message. */
    void recv(Object buf, int offset, int count, Kind kind, int source, int tag);
}
