package io.jpar.runtime.cluster.mpj;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One edit of MPJ Express's {@code xdev.niodev.NIODevice} class file: in {@code bindPort}, the wildcard address
 * {@code new InetSocketAddress(port)} becomes {@link NiodevLoopback#address(int)}, so that a local job's ranks
 * listen on loopback only. The edit keeps the code's length (the freed bytes become {@code nop}), so no branch
 * offset, exception range or stack map frame moves; it adds six constant pool entries at the end of the pool.
 * It is made only where the exact instruction sequence is found once; anything else is reported, not guessed at.
 */
final class NiodevPatch {

    static final String CLASS_FILE = "xdev/niodev/NIODevice.class";
    private static final String METHOD = "bindPort";
    private static final String METHOD_DESCRIPTOR = "(Ljava/nio/channels/ServerSocketChannel;)I";
    private static final String ADDRESS = "java/net/InetSocketAddress";
    private static final String HELPER = NiodevLoopback.class.getName().replace('.', '/');
    private static final String HELPER_METHOD = "address";
    private static final String HELPER_DESCRIPTOR = "(I)Ljava/net/InetSocketAddress;";

    private static final int UTF8 = 1;
    private static final int CLASS = 7;
    private static final int METHODREF = 10;
    private static final int NAME_AND_TYPE = 12;
    private static final int NEW = 0xBB;
    private static final int DUP = 0x59;
    private static final int ILOAD = 0x15;
    private static final int ILOAD_0 = 0x1A;
    private static final int ILOAD_3 = 0x1D;
    private static final int INVOKESPECIAL = 0xB7;
    private static final int INVOKESTATIC = 0xB8;
    private static final int NOP = 0x00;

    /** Why a class file could not be edited: not the niodev jpar knows (another MPJ Express version). */
    static final class NotPatched extends Exception {
        NotPatched(String message) {
            super(message);
        }
    }

    private final byte[] bytes;
    private final ByteBuffer in;
    private final int[] offsets;        // of each constant pool entry's tag; 0 for the second slot of long/double
    private final int poolEnd;

    private NiodevPatch(byte[] bytes) throws NotPatched {
        this.bytes = bytes;
        this.in = ByteBuffer.wrap(bytes);
        if (bytes.length < 10 || in.getInt(0) != 0xCAFEBABE) {
            throw new NotPatched("not a class file");
        }
        int count = u2(8);
        offsets = new int[count];
        int at = 10;
        for (int index = 1; index < count; index++) {
            offsets[index] = at;
            int tag = bytes[at] & 0xFF;
            at += 1 + switch (tag) {
                case UTF8 -> 2 + u2(at + 1);
                case 3, 4, 9, METHODREF, 11, NAME_AND_TYPE, 17, 18 -> 4;
                case 5, 6 -> 8;
                case CLASS, 8, 16, 19, 20 -> 2;
                case 15 -> 3;
                default -> throw new NotPatched("unknown constant pool tag " + tag + " at entry " + index);
            };
            if (tag == 5 || tag == 6) {
                index++;
            }
        }
        poolEnd = at;
    }

    /** The class file with {@code bindPort} binding to loopback. */
    static byte[] bindToLoopback(byte[] classFile) throws NotPatched {
        try {
            return new NiodevPatch(classFile).patch();
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException e) {
            throw new NotPatched("a truncated class file");
        }
    }

    private byte[] patch() throws NotPatched {
        int addressClass = find(CLASS, i -> ADDRESS.equals(utf8(u2(offsets[i] + 1))));
        int constructor = find(METHODREF, i -> u2(offsets[i] + 1) == addressClass
                && nameAndType(u2(offsets[i] + 3), "<init>", "(I)V"));
        int[] code = code();
        int start = code[0];
        int end = code[0] + code[1];
        int found = -1;
        int length = 0;
        for (int at = start; at + 8 <= end; at++) {
            if ((bytes[at] & 0xFF) != NEW || u2(at + 1) != addressClass || (bytes[at + 3] & 0xFF) != DUP) {
                continue;
            }
            int load = bytes[at + 4] & 0xFF;
            int loadLength = load == ILOAD ? 2 : load >= ILOAD_0 && load <= ILOAD_3 ? 1 : 0;
            int call = at + 4 + loadLength;
            if (loadLength == 0 || call + 3 > end || (bytes[call] & 0xFF) != INVOKESPECIAL
                    || u2(call + 1) != constructor) {
                continue;
            }
            if (found >= 0) {
                throw new NotPatched(METHOD + " makes more than one wildcard address");
            }
            found = at;
            length = loadLength;
        }
        if (found < 0) {
            throw new NotPatched(METHOD + " has no new InetSocketAddress(port)");
        }
        int helper = offsets.length + 5;                 // the Methodref: the last of the six entries appended
        byte[] out = bytes.clone();
        System.arraycopy(bytes, found + 4, out, found, length);           // the port's load
        out[found + length] = (byte) INVOKESTATIC;
        out[found + length + 1] = (byte) (helper >> 8);
        out[found + length + 2] = (byte) helper;
        for (int at = found + length + 3; at < found + 7 + length; at++) {
            out[at] = (byte) NOP;
        }
        return withEntries(out);
    }

    /** The six entries of the helper's Methodref, at the end of the constant pool. */
    private byte[] withEntries(byte[] edited) throws NotPatched {
        int first = offsets.length;
        if (first + 6 > 0xFFFF) {
            throw new NotPatched("the constant pool is full");
        }
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(extra)) {
            d.writeByte(UTF8);
            d.writeUTF(HELPER);                                     // first
            d.writeByte(CLASS);
            d.writeShort(first);                                    // first + 1
            d.writeByte(UTF8);
            d.writeUTF(HELPER_METHOD);                              // first + 2
            d.writeByte(UTF8);
            d.writeUTF(HELPER_DESCRIPTOR);                          // first + 3
            d.writeByte(NAME_AND_TYPE);
            d.writeShort(first + 2);
            d.writeShort(first + 3);                                // first + 4
            d.writeByte(METHODREF);
            d.writeShort(first + 1);
            d.writeShort(first + 4);                                // first + 5
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory", e);
        }
        byte[] added = extra.toByteArray();
        byte[] out = new byte[edited.length + added.length];
        System.arraycopy(edited, 0, out, 0, poolEnd);
        System.arraycopy(added, 0, out, poolEnd, added.length);
        System.arraycopy(edited, poolEnd, out, poolEnd + added.length, edited.length - poolEnd);
        out[8] = (byte) ((first + 6) >> 8);
        out[9] = (byte) (first + 6);
        return out;
    }

    /** Start and length of {@code bindPort}'s bytecode. */
    private int[] code() throws NotPatched {
        int at = poolEnd + 6;
        at += 2 + 2 * u2(at);                                  // interfaces
        at = skipMembers(at, null);                            // fields
        int[] code = new int[1];
        skipMembers(at, code);
        if (code[0] == 0) {
            throw new NotPatched("no method " + METHOD + METHOD_DESCRIPTOR);
        }
        int attribute = code[0];
        return new int[] {attribute + 8, in.getInt(attribute + 4)};
    }

    /** Skips a field or method table; for methods, {@code code[0]} is set to bindPort's Code attribute body. */
    private int skipMembers(int at, int[] code) {
        int count = u2(at);
        at += 2;
        for (int m = 0; m < count; m++) {
            boolean wanted = code != null && METHOD.equals(utf8(u2(at + 2)))
                    && METHOD_DESCRIPTOR.equals(utf8(u2(at + 4)));
            int attributes = u2(at + 6);
            at += 8;
            for (int a = 0; a < attributes; a++) {
                if (wanted && "Code".equals(utf8(u2(at)))) {
                    code[0] = at + 6;
                }
                at += 6 + in.getInt(at + 2);
            }
        }
        return at;
    }

    private boolean nameAndType(int index, String name, String descriptor) {
        return tag(index) == NAME_AND_TYPE && name.equals(utf8(u2(offsets[index] + 1)))
                && descriptor.equals(utf8(u2(offsets[index] + 3)));
    }

    private int find(int tag, java.util.function.IntPredicate matches) throws NotPatched {
        List<Integer> hits = new ArrayList<>();
        for (int i = 1; i < offsets.length; i++) {
            if (tag(i) == tag && matches.test(i)) {
                hits.add(i);
            }
        }
        if (hits.size() != 1) {
            throw new NotPatched("no single constant for " + ADDRESS + (tag == METHODREF ? ".<init>(int)" : ""));
        }
        return hits.get(0);
    }

    private int tag(int index) {
        return index > 0 && index < offsets.length && offsets[index] > 0 ? bytes[offsets[index]] & 0xFF : -1;
    }

    /** A Utf8 constant; null where {@code index} is not one (the names jpar looks for are all ASCII). */
    private String utf8(int index) {
        if (tag(index) != UTF8) {
            return null;
        }
        int at = offsets[index];
        return new String(bytes, at + 3, u2(at + 1), StandardCharsets.UTF_8);
    }

    private int u2(int at) {
        return in.getShort(at) & 0xFFFF;
    }
}
