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
}
