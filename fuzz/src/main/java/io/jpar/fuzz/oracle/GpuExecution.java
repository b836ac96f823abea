package io.jpar.fuzz.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GPU target: jpar's version runs in this JVM on the OpenCL device (PoCL here) with {@code jpar.fallback=error},
 * so a loop that would quietly fall back to the CPU fails instead of passing untested. A kernel that does not build
 * is a jpar bug (the runtime's message says so) and counts as a crash of jpar, not as a miscompile.
 */
final class GpuExecution implements Execution {

    private static final Map<String, String> SETTINGS = Map.of("jpar.fallback", "error");

    private final ProgramRunner runner;
    /** A divisor the JIT cannot fold. */
    private static volatile int zero;

    GpuExecution(ProgramRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<Verdict> compare(List<Accepted> accepted) {
        List<Verdict> verdicts = new ArrayList<>();
        if (!divisionByZeroThrows()) {
            throw new IllegalStateException("Java's integer division by zero no longer throws in this JVM since OpenCL was opened"
                    + " (PoCL's SIGFPE handler): the originals' results cannot be trusted; run with POCL_SIGFPE_HANDLER=0");
        }
        for (Accepted a : accepted) {
            ProgramRunner.Run run = runner.run(a.parallel(), a.program().className(), 0, SETTINGS);
            Verdict bad = Execution.judgeRun(a, run, " on the OpenCL device");
            if (bad != null && bad.detail().contains("jpar bug")) {
                bad = new Verdict(Outcome.CRASH, bad.detail());
            }
            verdicts.add(bad == null ? new Verdict(Outcome.OK, "") : bad);
        }
        return verdicts;
    }

    /** The originals run in this JVM: their exceptions must be Java's, whatever the OpenCL platform did to signals. */
    private static boolean divisionByZeroThrows() {
        try {
            int quotient = 1 / zero;
            return false;
        } catch (ArithmeticException e) {
            return true;
        }
    }
}
