package io.jpar.fuzz.oracle;

import io.jpar.fuzz.gen.Program;
import java.util.List;
import java.util.Map;

/**
 * How the oracle runs jpar's version of the accepted programs of a batch for one target and compares it with the
 * original's outputs: in this JVM with 1, 2 and 3 threads (CPU), on the OpenCL device (GPU), or as cluster jobs
 * (CLUSTER).
 */
interface Execution {

    /** A legal program jpar accepted: its original's outputs and jpar's compiled classes. */
    record Accepted(Program program, Object[] expected, Map<String, byte[]> parallel) {
    }

    /** One verdict per accepted program, in order. */
    List<Verdict> compare(List<Accepted> accepted);

    /** The verdict for jpar's run {@code actual} of {@code a}; null when it agrees with the original. */
    static Verdict judgeRun(Accepted a, ProgramRunner.Run actual, String where) {
        if (actual.outputs() == null) {
            return new Verdict(Outcome.MISCOMPILE, "the original returned, but jpar's version " + actual.describe() + where);
        }
        String difference = OutputComparator.firstDifference(a.expected(), actual.outputs(), a.program().tolerances());
        return difference == null ? null : new Verdict(Outcome.MISCOMPILE, difference + where);
    }
}
