package io.jpar.fuzz.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.gen.Expectation;
import io.jpar.fuzz.gen.Program;
import io.jpar.fuzz.gen.ProgramGenerator;
import io.jpar.fuzz.oracle.Outcome;
import io.jpar.fuzz.oracle.ProgramJudge;
import io.jpar.fuzz.oracle.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minimizer against a planted failure: a stand-in judge that "miscompiles" whatever contains one statement. */
class MinimizerTest {

    private static final String PLANTED = "wd[i] = x[i] * 17.0;";

    /** Fails when the program still has the planted statement and its braces still balance (a stand-in for "compiles"). */
    private static final ProgramJudge PLANTED_JUDGE = p -> {
        String s = p.source();
        boolean balanced = s.chars().filter(c -> c == '{').count() == s.chars().filter(c -> c == '}').count();
        return balanced && s.contains(PLANTED) ? new Verdict(Outcome.MISCOMPILE, "planted") : new Verdict(Outcome.OK, "");
    };

    @Test
    void shrinksAPlantedFailureToItsCore() {
        Program big = plant(new ProgramGenerator(9).generate(3));
        assertEquals(Outcome.MISCOMPILE, PLANTED_JUDGE.judge(big).outcome());

        Minimizer minimizer = new Minimizer(PLANTED_JUDGE, 2000);
        Program small = minimizer.minimize(big, PLANTED_JUDGE.judge(big));

        assertEquals(Outcome.MISCOMPILE, PLANTED_JUDGE.judge(small).outcome());
        assertTrue(small.source().contains(PLANTED));
        long statements = small.lines().stream().filter(l -> l.trim().endsWith(";") && !l.trim().startsWith("import")).count();
        assertEquals(1, statements, "only the planted statement is left:\n" + small.source());
        assertTrue(small.lines().size() < big.lines().size() / 4, big.lines().size() + " -> " + small.lines().size());
    }

    @Test
    void keepsTheOffendingLineOfAnIllegalProgramAndItsNumber() {
        Program base = new ProgramGenerator(9).generate(3);
        List<String> lines = new ArrayList<>(base.lines());
        int at = lines.size() - 3;
        lines.add(at, "    static void bad(int[] c, int i) { c[i] = c[i - 1] + 1; }");
        Program illegal = new Program(base.name(), base.className(), lines, Expectation.refuse(Set.of(at + 1), "carried"), Map.of());
        ProgramJudge judge = p -> {
            boolean there = p.expectation().lines().stream().allMatch(l -> p.lines().get(l - 1).contains("c[i] = c[i - 1]"));
            return there ? new Verdict(Outcome.BAD_LINE, "x") : new Verdict(Outcome.REFUSED_AS_EXPECTED, "");
        };

        Program small = new Minimizer(judge, 2000).minimize(illegal, judge.judge(illegal));

        int line = small.expectation().lines().iterator().next();
        assertTrue(small.lines().get(line - 1).contains("c[i] = c[i - 1]"), small.source());
        assertTrue(small.lines().stream().filter(l -> !l.isBlank()).count() < 8, small.source());
    }

    @Test
    void writesAGoldenCaseInTheProcessorsFormat(@TempDir Path dir) throws Exception {
        Program program = new ProgramGenerator(9).generate(3);
        Path written = new GoldenCaseWriter(dir).write("case", program, new Verdict(Outcome.MISCOMPILE, "output slot 0: differs"));
        assertEquals(program.source(), Files.readString(written.resolve("before.java")));
        assertEquals("", Files.readString(written.resolve("after.java")), "the expected output is regenerated once fixed");
        assertTrue(Files.exists(written.resolve("messages.txt")));
        assertTrue(Files.readString(written.resolve("fuzz.txt")).contains("output slot 0: differs"));
    }

    private static Program plant(Program p) {
        List<String> lines = new ArrayList<>(p.lines());
        int loop = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).trim().startsWith("for (int i") && loop < 0) {
                loop = k;
            }
        }
        lines.add(loop + 1, "            " + PLANTED);
        return new Program(p.name(), p.className(), lines, Expectation.accept(), p.tolerances());
    }
}
