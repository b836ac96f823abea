package io.jpar.processor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JavaTypeTest {

    @Test
    void readsTheSourceSpellingAndSpellsItBackWithoutSpaces() {
        JavaType t = JavaType.of("double [] []");
        assertEquals(new JavaType("double", 2), t);
        assertEquals("double[][]", t.toString());
        assertEquals("double[]", t.component().toString());
        assertEquals("double", t.base().toString());
        assertEquals("java.util.List<Vec>[]", JavaType.of("java.util.List<Vec>[]").toString());
        assertThrows(IllegalStateException.class, () -> JavaType.of("int").component());
    }

    @Test
    void tellsPrimitivesNumbersAndBoxesApart() {
        assertTrue(JavaType.of("char").integral());
        assertFalse(JavaType.of("boolean").numeric());
        assertTrue(JavaType.of("boolean").primitive());
        assertFalse(JavaType.of("int[]").primitive());
        assertTrue(JavaType.of("int[]").primitiveArray());
        assertFalse(JavaType.of("Integer[]").primitiveArray());
        assertFalse(JavaType.of("Integer").numeric());
        assertEquals(JavaType.INT, JavaType.of("java.lang.Integer").unboxed());
        assertEquals(JavaType.of("Integer[]"), JavaType.of("Integer[]").unboxed());
        assertTrue(JavaType.of("java.lang.String").string());
        assertTrue(JavaType.of("float").floating());
    }

    @Test
    void knowsWidthsAndDefaults() {
        assertEquals(2, JavaType.of("char").bytes());
        assertEquals(8, JavaType.LONG.bytes());
        assertEquals("false", JavaType.of("boolean").zero());
        assertEquals("0", JavaType.of("double").zero());
        assertEquals("null", JavaType.of("int[]").zero());
    }
}
