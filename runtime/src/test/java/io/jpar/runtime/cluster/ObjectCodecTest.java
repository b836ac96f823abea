package io.jpar.runtime.cluster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Objects travel by serialization behind the allow-list; exceptions keep their type. */
class ObjectCodecTest {

    @AfterEach
    void clear() {
        System.clearProperty(ObjectCodec.ALLOW_PROPERTY);
    }

    @Test
    void allowedValuesTravel() {
        Map<String, Object> value = Map.of("a", List.of(BigDecimal.ONE, LocalDate.of(2024, 2, 29)), "b", 1.5);
        Object back = ObjectCodec.decode(ObjectCodec.encode(value));
        assertEquals(value.keySet(), ((Map<?, ?>) back).keySet());
        assertEquals(value.get("a"), ((Map<?, ?>) back).get("a"));
    }

    @Test
    void otherClassesAreRefusedOnRank0WithTheSettingToChange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObjectCodec.encode(List.of(URI.create("http://example.com"))));
        assertTrue(e.getMessage().contains("class java.net.URI may not travel between ranks"), e.getMessage());
        assertTrue(e.getMessage().contains("jpar.cluster.allow"), e.getMessage());
    }

    @Test
    void theAllowListIsExtendedByTheProperty() {
        System.setProperty(ObjectCodec.ALLOW_PROPERTY, "java.net.URI");
        byte[] bytes = ObjectCodec.encode(URI.create("http://example.com"));
        assertEquals(URI.create("http://example.com"), ObjectCodec.decode(bytes));

        System.clearProperty(ObjectCodec.ALLOW_PROPERTY);     // a rank that does not allow it refuses to read it
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ObjectCodec.decode(bytes));
        assertTrue(e.getMessage().contains("class java.net.URI may not travel between ranks"), e.getMessage());
    }

    @Test
    void exceptionsKeepTheirType() {
        UncheckedIOException thrown = new UncheckedIOException("disk", new IOException("full"));
        Throwable back = ObjectCodec.decodeThrowable(ObjectCodec.encodeThrowable(thrown));
        assertInstanceOf(UncheckedIOException.class, back);
        assertEquals("disk", back.getMessage());
        assertEquals("full", back.getCause().getMessage());
        assertEquals(thrown.getStackTrace()[0], back.getStackTrace()[0]);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        List<Object> deep = new java.util.ArrayList<>();
        List<Object> inner = deep;
        for (int k = 0; k < 3 * ObjectCodec.MAX_DEPTH; k++) {
            List<Object> next = new java.util.ArrayList<>();
            inner.add(next);
            inner = next;
        }
        byte[] bytes = ObjectCodec.encode(deep);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ObjectCodec.decode(bytes));
        assertTrue(e.getMessage().contains("nested deeper than " + ObjectCodec.MAX_DEPTH), e.getMessage());
    }

    @Test
    void aForgedArrayLengthIsRefusedBeforeAllocating() {
        byte[] bytes = ObjectCodec.encode(List.of(new long[] {0x0102030405060708L}));
        byte[] element = {0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 8};
        int at = indexOf(bytes, element);
        assertTrue(at > 0);
        bytes[at] = 0x7f;                                   // length 1 becomes 2^31 - 1 + ...: 16 GiB of longs
        bytes[at + 1] = (byte) 0xff;
        bytes[at + 2] = (byte) 0xff;
        bytes[at + 3] = (byte) 0xff;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ObjectCodec.decode(bytes));
        assertTrue(e.getMessage().contains("longer than its " + bytes.length + " bytes can hold"), e.getMessage());
    }

    @Test
    void anExceptionOfAClassNotAllowedComesBackAsRemoteBlockExceptionWithItsClassAndMessage() {
        Pack p = new Pack(0);
        Protocol.writeFailure(p, 7, new org.opentest4j.AssertionFailedError("boom"));
        Pack read = new Pack(p.array(), 0);
        assertEquals(7, read.getLong());
        Throwable back = Protocol.readFailure(read, 2);
        RemoteBlockException r = assertInstanceOf(RemoteBlockException.class, back);
        assertEquals("org.opentest4j.AssertionFailedError", r.remoteClassName());
        assertEquals("boom", r.remoteMessage());
        assertTrue(r.getMessage().startsWith("jpar: the block of rank 2 failed with "
                + "org.opentest4j.AssertionFailedError: boom"), r.getMessage());
        assertTrue(r.getMessage().contains(ObjectCodec.ALLOW_PROPERTY), r.getMessage());

        System.setProperty(ObjectCodec.ALLOW_PROPERTY, "org.opentest4j.*");   // allowed: it keeps its type
        Pack again = new Pack(p.array(), 0);
        again.getLong();
        assertInstanceOf(org.opentest4j.AssertionFailedError.class, Protocol.readFailure(again, 2));
    }

    @Test
    void exceptionsOfTheJdkKeepTheirTypeThroughTheFailureMessage() {
        Pack p = new Pack(0);
        Protocol.writeFailure(p, 0, new OutOfMemoryError("Java heap space"));
        Pack read = new Pack(p.array(), 0);
        read.getLong();
        Throwable back = Protocol.readFailure(read, 1);
        assertInstanceOf(OutOfMemoryError.class, back);
        assertEquals("Java heap space", back.getMessage());
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int k = 0; k + part.length <= bytes.length; k++) {
            if (java.util.Arrays.equals(bytes, k, k + part.length, part, 0, part.length)) {
                return k;
            }
        }
        return -1;
    }
}
