package io.jpar.fuzz.oracle;

import io.jpar.fuzz.gen.Program;
import java.util.ArrayList;
import java.util.List;

/** Anything that can judge programs: the real {@link Oracle}, or a stand-in in tests of the minimizer. */
public interface ProgramJudge {

    Verdict judge(Program program);

    /** Judges a batch; implementations may share work between its programs (one javac call). */
    default List<Verdict> judgeAll(List<Program> programs) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Program p : programs) {
            verdicts.add(judge(p));
        }
        return verdicts;
    }
}
