package io.jpar.fuzz.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.oracle.InMemoryCompiler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramGeneratorTest {

    @Test
    void sameSeedGivesTheSamePrograms() {
        for (int k = 0; k < 50; k++) {
            Program a = new ProgramGenerator(42).generate(k);
            Program b = new ProgramGenerator(42).generate(k);
            assertEquals(a.source(), b.source(), "program " + k);
            assertEquals(a.expectation(), b.expectation());
            assertEquals(a.tolerances(), b.tolerances());
        }
    }

    @Test
    void otherSeedsAndIndicesGiveOtherPrograms() {
        assertNotEquals(new ProgramGenerator(1).generate(0).source(), new ProgramGenerator(2).generate(0).source());
        assertNotEquals(new ProgramGenerator(1).generate(0).source(), new ProgramGenerator(1).generate(1).source());
    }

    @Test
    void illegalProgramsPointAtTheirOffendingStatements() {
        int illegal = 0;
        for (int k = 0; k < 200; k++) {
            Program p = new ProgramGenerator(7).generate(k);
            if (p.expectation().legal()) {
                assertTrue(p.expectation().lines().isEmpty());
                continue;
            }
            illegal++;
            assertFalse(p.expectation().lines().isEmpty(), p.name());
            for (int line : p.expectation().lines()) {
                String text = p.lines().get(line - 1).trim();
                assertTrue(text.endsWith(";") && !text.startsWith("for"), p.name() + " line " + line + ": " + text);
            }
        }
        assertTrue(illegal > 20 && illegal < 100, "about a quarter of the programs are illegal: " + illegal);
    }

    @Test
    void programsAreValidJava() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int k = 0; k < 60; k++) {
            Program p = new ProgramGenerator(3).generate(k);
            sources.put(p.className(), p.source());
        }
        InMemoryCompiler.Compiled compiled = new InMemoryCompiler().compile(sources);
        assertEquals(Map.of(), compiled.failures());
    }

    /**
     * Owned-row calls: legal ones on g and on the local row arrays (shared pivot rows, scalars, a returned value,
     * the pivot pk the loop starts after) in some legal programs but not most, and the three illegal shapes
     * pointing at the call; on CPU and CLUSTER alike, and every such program compiles.
     */
    @Test
    void generatesOwnedRowCallsAndTheirIllegalCounterparts() {
        for (String target : new String[] {null, "CLUSTER"}) {
            StringBuilder legalText = new StringBuilder();
            Map<String, String> sources = new LinkedHashMap<>();
            java.util.Set<String> illegalShapes = new java.util.TreeSet<>();
            int legal = 0;
            int withRows = 0;
            for (int k = 0; k < 1000; k++) {
                Program p = new ProgramGenerator(16, target).generate(k);
                boolean rows = p.source().matches("(?s).*\\brow(Add|Fill|Axpy|Bump|Through)\\((g|rw|rl)\\[.*");
                if (rows) {
                    sources.put(p.className(), p.source());
                }
                if (!p.expectation().legal()) {
                    for (int line : p.expectation().lines()) {
                        String text = p.lines().get(line - 1).trim();
                        // a legal row call may still carry what CLUSTER refuses (peek(..), the instance) in an argument
                        if (text.startsWith("row") && !text.matches(".*\\b(peek|twice)\\(.*|.*this\\.scale.*")) {
                            assertTrue(p.expectation().reason().contains("row"), p.name() + ": " + p.expectation().reason());
                            illegalShapes.add(text.substring(0, text.indexOf('(')) + (text.contains("g[i +") || text.contains("g[i -")
                                    ? " neighbour" : text.startsWith("rowThrough") ? " reassigned" : " shared"));
                        }
                    }
                } else {
                    legal++;
                    if (rows) {
                        withRows++;
                        legalText.append(p.source());
                    }
                }
            }
            String text = legalText.toString();
            for (String shape : new String[] {"rowAdd(g[i], g[", "rowFill(g[i], ", "rowAxpy(", ", rw[i]);", "rowBump(rl[i], ", " = (int) rowBump(",
                    "rw[p][e] = x[p] + e * 0.5;", "int pk = ", "= pk + ", "rw[pk", "g[n + ", "java.util.Arrays.deepHashCode(rw)",
                    "java.util.Arrays.deepHashCode(rl)"}) {
                assertTrue(text.contains(shape), target + ": no legal program has " + shape);
            }
            assertFalse(text.contains("rowThrough(g["), "rowThrough is only ever called in illegal programs");
            assertEquals(java.util.Set.of("rowAdd neighbour", "rowAdd shared", "rowFill shared", "rowThrough reassigned"), illegalShapes,
                    target + ": the illegal row calls");
            assertTrue(withRows > legal / 10 && withRows < legal / 2, target + ": " + withRows + " of " + legal + " legal programs make row calls");
            assertEquals(Map.of(), new InMemoryCompiler().compile(sources).failures());
        }
    }

    /**
     * Field reductions: in some legal CPU programs but not most, updated by bare name, {@code this.f} and {@code Tally0.f},
     * alone and inside an if, reset and read by the harness; their racy counterparts point at both updates of the field;
     * on CLUSTER every program that updates one is refused at an update; every such program compiles.
     */
    @Test
    void generatesFieldReductionsAndTheirIllegalCounterparts() {
        java.util.regex.Pattern field = java.util.regex.Pattern.compile("\\bf\\d+q\\d+\\b");
        StringBuilder legalText = new StringBuilder();
        Map<String, String> sources = new LinkedHashMap<>();
        java.util.Set<String> illegalReasons = new java.util.TreeSet<>();
        int legal = 0;
        int withFields = 0;
        for (int k = 0; k < 800; k++) {
            Program p = new ProgramGenerator(17).generate(k);
            boolean fields = field.matcher(p.source()).find();
            if (fields || p.source().contains("fuzzTotal ") || p.source().contains("Tallies.total ")) {
                sources.put(p.className(), p.source());
            }
            if (p.expectation().legal()) {
                legal++;
                if (fields) {
                    withFields++;
                    legalText.append(p.source());
                }
            } else if (p.expectation().reason().contains("a field updated by")) {
                illegalReasons.add(p.expectation().reason());
                assertEquals(2, p.expectation().lines().size(), p.name());
                for (int line : p.expectation().lines()) {
                    String text = p.lines().get(line - 1).trim();
                    assertTrue(text.matches("(fuzzTotal|Tallies\\.total)( [-+*]= .*|\\+\\+);"), p.name() + " line " + line + ": " + text);
                }
            }
        }
        String text = legalText.toString();
        for (String shape : new String[] {"(?m)^ {12,}f\\d+q\\d+ [-+*&|^]= ", "this\\.f\\d+q\\d+ [-+*&|^]= ", "(?m)^ {12,}(this\\.)?f\\d+q\\d+(\\+\\+|--);",
                "(?m)^ {12,}(\\+\\+|--)Tally\\d+\\.f\\d+q\\d+;", "Tally\\d+\\.f\\d+q\\d+ \\*= ", "if \\(.*\\) \\{\\n\\s+(this\\.|Tally\\d+\\.)?f\\d+q\\d+ ",
                "static final class Tally\\d+ \\{ static", "static boolean f\\d+q\\d+;", "static double f\\d+q\\d+;", "(?m)^    (long|int) f\\d+q\\d+ = ",
                "(?m)^        (o\\d+\\.|Tally\\d+\\.)?f\\d+q\\d+ = ", "out\\[\\d+\\] = o\\d+\\.f\\d+q\\d+;", "out\\[\\d+\\] = Tally\\d+\\.f\\d+q\\d+;"}) {
            assertTrue(java.util.regex.Pattern.compile(shape).matcher(text).find(), "no legal program has " + shape);
        }
        assertEquals(2, illegalReasons.size(), "the read and the mixed operators: " + illegalReasons);
        assertTrue(withFields > legal / 20 && withFields < legal / 4, withFields + " of " + legal + " legal programs reduce into fields");
        assertEquals(Map.of(), new InMemoryCompiler().compile(sources).failures());
        int refused = 0;
        for (int k = 0; k < 200; k++) {
            Program p = new ProgramGenerator(17, "CLUSTER").generate(k);
            boolean updates = p.expectation().lines().stream().anyMatch(line -> field.matcher(p.lines().get(line - 1)).find());
            if (updates) {
                refused++;
                assertFalse(p.expectation().legal(), p.name());
                assertTrue(p.expectation().reason().contains("each rank has its own copy"), p.name() + ": " + p.expectation().reason());
            }
            assertFalse(p.expectation().legal() && field.matcher(p.source()).find(), p.name() + " reduces into a field on CLUSTER");
        }
        assertTrue(refused > 5, "CLUSTER programs refused for a field reduction: " + refused);
    }

    /** The text of each {@code @Parallel} method {@code f<k>} of a program, from its annotation to its closing brace. */
    private static java.util.List<String> parallelMethods(Program p) {
        java.util.List<String> methods = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?ms)^    @Parallel[^\n]*\n    (static )?void f\\d+\\(.*?^    }$")
                .matcher(p.source());
        while (m.find()) {
            methods.add(m.group());
        }
        return methods;
    }

    /**
     * Fields of array elements: about one method in 9 takes cs, ds and cg and writes fields of their elements (at one
     * index form, in an inner loop over j, under collapse, through an alias, in a local array it fills with new Cells)
     * and updates field r at any index with one operator family (a reduction), with elements shared in the harness now
     * and then; the four illegal counterparts point at the planted statement;
     * every such program compiles.
     */
    @Test
    void generatesElementFieldWritesAndTheirIllegalCounterparts() {
        StringBuilder legalText = new StringBuilder();
        StringBuilder collapsed = new StringBuilder();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> illegalLines = new java.util.TreeMap<>();
        int methods = 0;
        int withCells = 0;
        for (int k = 0; k < 700; k++) {
            Program p = new ProgramGenerator(18).generate(k);
            for (String method : parallelMethods(p)) {
                methods++;
                if (method.contains(MethodGenerator.CELL_PARAMETERS + ") {")) {
                    withCells++;
                    if (p.expectation().legal() && method.contains("collapse = 2")) {
                        collapsed.append(method);
                    }
                }
            }
            if (p.source().contains(MethodGenerator.CELL_PARAMETERS + ") {")) {
                sources.put(p.className(), p.source());
                if (p.expectation().legal()) {
                    legalText.append(p.source());
                }
            }
            if (!p.expectation().legal() && p.expectation().reason().contains("of cs")) {
                assertEquals(1, p.expectation().lines().size(), p.name());
                illegalLines.put(p.expectation().reason(), p.lines().get(p.expectation().lines().iterator().next() - 1).trim());
            }
        }
        String text = legalText.toString();
        for (String shape : new String[] {"cs\\[i( [-+] \\d)?\\]\\.v = ", "(cs|lc)\\[[^\\]]+\\]\\.v \\+= ", "\\]\\.k\\+\\+;", "\\+\\+cs\\[", "Cell el\\d+ = cs\\[",
                "el\\d+\\.v = el\\d+\\.v \\* 2 \\+ ", "cg\\[i\\]\\[j\\]\\.[vk] ", "Cell el\\d+ = cg\\[i\\]\\[j\\];", "ds\\[[^\\]]+\\]\\.[vk]",
                "cs\\[i [-+] \\d\\]\\.k", "cellK\\((cs|ds|cg|lc)\\[", "cellV\\((cs|ds|cg|lc)\\[", "cellV\\((cs|lc)\\[(\\w+( [-+] \\d)?|\\d \\+ \\w+)\\]\\) \\* ", "cellK\\(ds\\[",
                "(?m)^ +(cs|lc)\\[[^\\]]+\\]\\.add\\(", "(?m)^ +el\\d+\\.add\\(", "el\\d+\\.v = cellV\\(el\\d+\\)", "Cell\\[\\] lc = new Cell\\[n \\+ 8\\];", "lc\\[p\\] = new Cell\\(",
                "lc\\[p\\] = Cell\\.of\\(", "lc\\[\\w+( [-+] \\d)?\\]\\.[vk] ", "cellState\\(lc\\)", "cs0\\[\\d+\\] = cs0\\[\\d+\\];",
                "ds\\d\\[\\d+\\] = cs\\d\\[\\d+\\];", "cg\\d\\[\\d+\\](\\[\\d+\\])? = cg\\d\\[", "cs\\d = java\\.util\\.Arrays\\.copyOf\\(cs\\d",
                "cg\\d = java\\.util\\.Arrays\\.copyOf\\(cg\\d", "out\\[\\d+\\] = gridState\\(cg\\d\\);",
                "(cs|lc)\\[\\w+ % 3\\]\\.r \\+= ", "(cs|lc)\\[[^\\]]+\\]\\.r(\\+\\+;| -= )", "--(cs|lc)\\[", "(cs|lc)\\[a\\[[^\\]]+\\] & 7\\]\\.r ",
                "\\.r \\^= ", "\\.r \\|= 1 << ", "\\.r &= ~\\(1 << ", "\\.r \\*= \\("}) {
            assertTrue(java.util.regex.Pattern.compile(shape).matcher(text).find(), "no legal program has " + shape);
        }
        assertTrue(collapsed.toString().contains("cg[i][j]."), "no legal collapse = 2 loop writes cg[i][j]");
        assertTrue(withCells * 14 > methods && withCells * 5 < methods, withCells + " of " + methods + " methods write element fields");
        assertEquals(4, illegalLines.size(), "the four illegal element shapes: " + illegalLines.keySet());
        for (Map.Entry<String, String> e : illegalLines.entrySet()) {
            String line = e.getValue();
            // the index may have been renamed (k, idx, to, ...)
            String shape = e.getKey().contains("callee") ? "(cs\\[\\w+\\]\\.v = |int t\\d+ = \\(int\\) )cellV\\((shared|cs\\[\\w+ [-+] \\d+\\])\\) \\+ .*;"
                    : e.getKey().contains("another element") ? "cs\\[(\\w+)\\]\\.v = cs\\[\\1 [-+] \\d+\\]\\.v \\+ .*;"
                    : e.getKey().contains("not injective") ? "cs\\[(\\w+ % 3|0|\\w+ / 2|n)\\]\\.v [-+]?= .*;"
                    : "cs\\[\\w+\\]\\.v = (shared|sh)\\.v \\+ .*;";
            assertTrue(line.matches(shape), e.getKey() + ": " + line);
        }
        assertEquals(Map.of(), new InMemoryCompiler().compile(sources).failures());
    }

    /**
     * Class hierarchies: about one method in 9 creates {@code new Kid0(..)} per iteration, where Kid0 extends Base0
     * (sometimes through Mid0) by explicit, implied and chained constructors, field initializers and initializer
     * blocks that set only the new object's fields; in SUPER_CONSTRUCTOR_EFFECT Base0 increments a static counter on
     * every chain, and each creation of the kid is an expected line; every such program compiles.
     */
    @Test
    void generatesHierarchiesAndConstructorEffects() {
        StringBuilder legalText = new StringBuilder();
        Map<String, String> sources = new LinkedHashMap<>();
        int methods = 0;
        int withKids = 0;
        int effects = 0;
        for (int k = 0; k < 400; k++) {
            Program p = new ProgramGenerator(18).generate(k);
            for (String method : parallelMethods(p)) {
                methods++;
                if (method.contains("new Kid")) {
                    withKids++;
                }
            }
            if (!p.source().contains("static final class Kid")) {
                continue;
            }
            sources.put(p.className(), p.source());
            if (p.expectation().legal()) {
                legalText.append(p.source());
            } else if (p.expectation().reason().contains("constructor chain")) {
                effects++;
                for (int line : p.expectation().lines()) {
                    assertTrue(p.lines().get(line - 1).contains("= new Kid"), p.name() + " line " + line + ": " + p.lines().get(line - 1));
                }
                assertTrue(p.source().matches("(?s).*static class Base\\d+ \\{ static int created; [^\\n]*(created\\+\\+|\\+\\+created|created \\+= 2)[^\\n]*.*"), p.name());
            }
        }
        String text = legalText.toString();
        for (String shape : new String[] {"static final class Kid\\d+ extends Base\\d+ ", "static final class Kid\\d+ extends Mid\\d+ ",
                "static class Mid\\d+ extends Base\\d+ ", "\\{ super\\(d % 3\\);", "\\{ this\\(d, 2\\); \\}", "Kid\\d+\\(int d\\) \\{ this\\.d = d \\* 2 \\+ w; \\}",
                "int z = mix\\(2\\);", "\\{ tag = ", "@Override int sum\\(\\)", "Base\\d+\\(String s\\) \\{ created\\+\\+; \\}",
                "Base\\d+ o\\d+ = new Kid\\d+\\(", "Kid\\d+ o\\d+ = new Kid\\d+\\(", "= new Kid\\d+\\([^;]*\\)\\.sum\\(\\);", "o\\d+\\.w \\+= "}) {
            assertTrue(java.util.regex.Pattern.compile(shape).matcher(text).find(), "no legal program has " + shape);
        }
        assertTrue(effects > 0, "no program plants SUPER_CONSTRUCTOR_EFFECT");
        assertTrue(withKids * 14 > methods && withKids * 5 < methods, withKids + " of " + methods + " methods create kids");
        assertEquals(Map.of(), new InMemoryCompiler().compile(sources).failures());
    }

    /** On CLUSTER every program whose parallel method writes an element's field is refused, at such a write when the CPU would accept it. */
    @Test
    void clusterRefusesEveryElementFieldWrite() {
        int refused = 0;
        for (int k = 0; k < 300; k++) {
            Program p = new ProgramGenerator(18, "CLUSTER").generate(k);
            boolean cells = p.source().contains(MethodGenerator.CELL_PARAMETERS + ") {");
            if (!cells) {
                continue;
            }
            assertFalse(p.expectation().legal(), p.name());
            boolean atWrite = p.expectation().lines().stream().anyMatch(line -> p.lines().get(line - 1).matches(".*\\b(cs|cg|lc|el\\d+)(\\[([^\\[\\]]|\\[[^\\]]*\\])*\\])*\\.([vkr]( [-+*^|&]?= |\\+\\+|--)|add\\().*"
                    + "|.*(\\+\\+|--)(cs|cg|lc|el\\d+)\\b.*|.*\\blc\\[p\\] = .*"));
            assertTrue(atWrite, p.name() + ": " + p.expectation());
            if (p.expectation().reason().contains("a field of an element")) {
                refused++;
            }
        }
        assertTrue(refused > 5, "CLUSTER programs refused for an element's field: " + refused);
    }

    /**
     * The counter {@code ko[kc++]} and the reducing helper {@code countUp0(..)} occur in legal CPU programs, in both
     * forms, and never in a legal CLUSTER program (jpar refuses both there; the generator leaves them out).
     */
    @Test
    void countersAndReducingHelpersOccurOnCpuOnly() {
        StringBuilder legal = new StringBuilder();
        int counters = 0;
        int helpers = 0;
        for (int k = 0; k < 300; k++) {
            Program p = new ProgramGenerator(7).generate(k);
            if (p.expectation().legal()) {
                legal.append(p.source());
                counters += p.source().contains("int kc = ") ? 1 : 0;
                helpers += p.source().contains("void countUp") ? 1 : 0;
            }
            Program c = new ProgramGenerator(7, "CLUSTER").generate(k);
            assertFalse(c.expectation().legal() && c.source().matches("(?s).*(ko\\[kc|countUp\\d+\\().*"), c.name());
        }
        String text = legal.toString();
        for (String shape : new String[] {"ko[kc++] = ", "kc++;", "j < jm; j++", "ri[0] = kc;", "= kc;", "private static void countUp",
                "private void countUp", " *= v; }", " ^= v; }"}) {
            assertTrue(text.contains(shape), "no legal generated program has " + shape);
        }
        assertTrue(counters > 10 && helpers > 10, counters + " counters, " + helpers + " helpers");
    }

    @Test
    void coversTheShapesItPromises() {
        StringBuilder all = new StringBuilder();
        for (int k = 0; k < 300; k++) {
            all.append(new ProgramGenerator(5).generate(k).source());
        }
        String text = all.toString();
        for (String shape : new String[] {"collapse = 2", "for (long i", "for (@Parallel", "i -= ", "i--", "i += ", "<= ", ">= ",
                "Math.max(", "Math.min(", " && ", " || ", " *= ", " &= ", " |= ", " ^= ", "++;", "--;", "short s", "byte s", "float s",
                "h[", "hd[", "g[i][j]", "flat[i * m + j]", "throw new IllegalStateException", " / (i - ", "mix(", "soft(", " ? ",
                "inner(SMALL, ", "run(", "merge(", "twice(", "this.scale", "for (int later", "MAX_VALUE - ", "MIN_VALUE + ", "off += ", "= st)", "c[i] = c[i", "break;", "return;", "fuzzField = ", "last = ", "acc *= 3;",
                "Cell po;", "po = ", " = new Cell(", " = Cell.of(", ".add(", ".v += ", "shared.v = ", " * i + ", "seen.add(", ".size() + ",
                "Cell tmp = new Cell(", "tmp.v = ", "tmp.k = ", "tmp.add(", "= cellV(tmp);", "= tmp.k + ",
                "if (a[i] > 0) ko[kc++] = "}) {
            assertTrue(text.contains(shape), "no generated program has " + shape);
        }
    }
}
