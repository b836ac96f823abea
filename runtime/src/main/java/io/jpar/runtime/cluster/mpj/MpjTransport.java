package io.jpar.runtime.cluster.mpj;

import io.jpar.runtime.cluster.Kind;
import io.jpar.runtime.cluster.Transport;
import mpi.Datatype;
import mpi.Intracomm;
import mpi.MPI;

/** {@link Transport} on MPJ Express's {@code COMM_WORLD}; rank 0 is the root. */
final class MpjTransport implements Transport {

    private final Intracomm world;
    private final int rank;
    private final int size;

    MpjTransport(Intracomm world) {
        this.world = world;
        this.rank = world.Rank();
        this.size = world.Size();
    }

    private static Datatype type(Kind kind) {
        return switch (kind) {
            case BOOLEAN -> MPI.BOOLEAN;
            case BYTE -> MPI.BYTE;
            case CHAR -> MPI.CHAR;
            case SHORT -> MPI.SHORT;
            case INT -> MPI.INT;
            case LONG -> MPI.LONG;
            case FLOAT -> MPI.FLOAT;
            case DOUBLE -> MPI.DOUBLE;
        };
    }

    @Override
    public int rank() {
        return rank;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void bcast(Object buf, int offset, int count, Kind kind) {
        world.Bcast(buf, offset, count, type(kind), 0);
    }

    @Override
    public void scatterv(Object send, int[] counts, int[] displs, Object recv, int recvOffset, int recvCount,
                         Kind kind) {
        Datatype t = type(kind);
        world.Scatterv(send, 0, counts, displs, t, recv, recvOffset, recvCount, t, 0);
    }

    @Override
    public void gatherv(Object send, int sendOffset, int sendCount, Object recv, int[] counts, int[] displs,
                        Kind kind) {
        Datatype t = type(kind);
        world.Gatherv(send, sendOffset, sendCount, t, recv, 0, counts, displs, t, 0);
    }

    @Override
    public void send(Object buf, int offset, int count, Kind kind, int dest, int tag) {
        world.Send(buf, offset, count, type(kind), dest, tag);
    }

    @Override
    public void recv(Object buf, int offset, int count, Kind kind, int source, int tag) {
        world.Recv(buf, offset, count, type(kind), source, tag);
    }
}
