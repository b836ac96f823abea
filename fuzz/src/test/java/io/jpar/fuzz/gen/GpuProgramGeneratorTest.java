package io.jpar.fuzz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.oracle.InMemoryCompiler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GpuProgramGeneratorTest {

    @Test
    void sameSeedAndIndexGiveTheSameProgram() {
        for (int k = 0; k < 20; k++) {
            assertEquals(new GpuProgramGenerator(42).generate(k).source(), new GpuProgramGenerator(42).generate(k).source());
        }
    }

    @Test
    void everyProgramIsValidJavaWithGpuAnnotations() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int k = 0; k < 30; k++) {
            Program p = new GpuProgramGenerator(5).generate(k);
            assertTrue(p.source().contains("@Parallel(target = io.jpar.Target.GPU"), p.name());
            sources.put(p.className(), p.source());
        }
        assertEquals(Map.of(), new InMemoryCompiler().compile(sources).failures());
    }

    /** An illegal program's expected lines hold the planted statement (or the recursive helper), never a harness line. */
    @Test
    void illegalProgramsPointAtThePlantedStatement() {
        int illegal = 0;
        for (int k = 0; k < 80; k++) {
            Program p = new GpuProgramGenerator(3).generate(k);
            if (p.expectation().legal()) {
                assertTrue(p.expectation().lines().isEmpty());
                continue;
            }
            illegal++;
            assertFalse(p.expectation().lines().isEmpty(), p.name());
            for (int line : p.expectation().lines()) {
                String text = p.lines().get(line - 1);
                assertFalse(text.contains("out["), p.name() + " line " + line + ": " + text);
            }
        }
        assertTrue(illegal > 5, "about one program in four is illegal, got " + illegal + " of 80");
    }

    /** Lanes of wv (two or three elements per iteration), loop-carried reads a whole step back, rows handed to helpers. */
    @Test
    void coversLanesAndWholeStepDependences() {
        StringBuilder all = new StringBuilder();
        for (int k = 0; k < 1000; k++) {
            all.append(new GpuProgramGenerator(5).generate(k).source());
        }
        String text = all.toString();
        for (String shape : new String[] {"wv[2 * i", "wv[3 * i", "] += wv[", "wi[i] = wi[i - 1] + 1;"}) {
            assertTrue(text.contains(shape), "no generated program has " + shape);
        }
        // a row handed to a helper: CPU and CLUSTER accept it when the iteration owns the row, a kernel never does
        assertTrue(text.contains("hrow(g[i], a[i]);") && text.contains("wi[i] = hrowsum(g[i]);"), "no row of g handed to a helper");
        // a field reduction: the CPU target accepts it, a kernel reduces into locals only
        assertTrue(text.contains("gtotal += a[i];") && text.contains("GpuTally.hits++;"), "no field reduced into");
        assertTrue(text.contains("wi[i] = wi[i - 2] + 1;") || text.contains("wi[i] = wi[i - 3] + 1;"), "no whole-step dependence under a step");
    }

    /**
     * Objects the CPU target accepts and a kernel cannot hold: a field of an element of cs written at the loop index
     * (directly or through an alias, whose declaration is an expected line too) and a subclass created per iteration;
     * each expected on its line, with the GPU's reason.
     */
    @Test
    void plantsElementFieldWritesAndObjectCreation() {
        java.util.Set<String> planted = new java.util.TreeSet<>();
        for (int k = 0; k < 1000; k++) {
            Program p = new GpuProgramGenerator(6).generate(k);
            String reason = p.expectation().reason();
            if (reason.equals(GpuIllegal.ELEMENT_FIELD.reason) || reason.equals(GpuIllegal.OBJECT_CREATED.reason)) {
                assertEquals("GPU|OpenCL", p.expectation().mention(), p.name());
                for (int line : p.expectation().lines()) {
                    String text = p.lines().get(line - 1).trim();
                    assertTrue(text.matches("cs\\[i\\]\\.[vk].*;|Cell el\\d+ = cs\\[i\\];|el\\d+\\.v = .*;|wi\\[i\\] = new GKid\\(a\\[i\\]\\)\\.(d|sum\\(\\));"),
                            p.name() + " line " + line + ": " + text);
                    planted.add(text.startsWith("Cell el") ? "alias" : text.startsWith("wi") ? "kid" : "element");
                }
            }
        }
        assertEquals(java.util.Set.of("alias", "element", "kid"), planted);
    }
}
