package io.jpar.fuzz.oracle;

import java.util.ArrayList;
import java.util.List;

/** The CPU target: jpar's version runs in this JVM with {@code jpar.threads} = 1, 2 and 3. */
final class ThreadsExecution implements Execution {

    private static final int[] THREADS = {1, 2, 3};

    private final ProgramRunner runner;

    ThreadsExecution(ProgramRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<Verdict> compare(List<Accepted> accepted) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Accepted a : accepted) {
            Verdict verdict = new Verdict(Outcome.OK, "");
            for (int threads : THREADS) {
                Verdict bad = Execution.judgeRun(a, runner.run(a.parallel(), a.program().className(), threads), " with jpar.threads=" + threads);
                if (bad != null) {
                    verdict = bad;
                    break;
                }
            }
            verdicts.add(verdict);
        }
        return verdicts;
    }
}
