package io.jpar.runtime.cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte message of scalars, strings and byte blocks, written by one rank and read by another. */
final class Pack {

    private byte[] bytes;
    private ByteBuffer buffer;

    /** An empty pack to write, with {@code reserve} zero bytes first (room for a length field). */
    Pack(int reserve) {
        bytes = new byte[Math.max(64, reserve * 2)];
        buffer = ByteBuffer.wrap(bytes);
        buffer.position(reserve);
    }

    /** A pack to read. */
    Pack(byte[] received, int from) {
        bytes = received;
        buffer = ByteBuffer.wrap(received);
        buffer.position(from);
    }

    private void room(int more) {
        if (buffer.remaining() < more) {
            int position = buffer.position();
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, position + more));
            buffer = ByteBuffer.wrap(bytes);
            buffer.position(position);
        }
    }

    Pack putByte(int v) {
        room(1);
        buffer.put((byte) v);
        return this;
    }

    Pack putInt(int v) {
        room(4);
        buffer.putInt(v);
        return this;
    }

    Pack putLong(long v) {
        room(8);
        buffer.putLong(v);
        return this;
    }

    Pack putBytes(byte[] v) {
        putInt(v.length);
        room(v.length);
        buffer.put(v);
        return this;
    }

    Pack putString(String s) {
        return putBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the bytes written so far into the first four bytes, as an int. */
    Pack putLengthFirst() {
        buffer.putInt(0, buffer.position());
        return this;
    }

    int length() {
        return buffer.position();
    }

    /** The backing array (at least {@link #length()} bytes). */
    byte[] array() {
        return bytes;
    }

    /** The bytes written, exactly. */
    byte[] toBytes() {
        return Arrays.copyOf(bytes, buffer.position());
    }

    int getByte() {
        return buffer.get();
    }

    int getInt() {
        return buffer.getInt();
    }

    long getLong() {
        return buffer.getLong();
    }

    byte[] getBytes() {
        byte[] v = new byte[buffer.getInt()];
        buffer.get(v);
        return v;
    }

    String getString() {
        return new String(getBytes(), StandardCharsets.UTF_8);
    }

    boolean atEnd() {
        return !buffer.hasRemaining();
    }
}
