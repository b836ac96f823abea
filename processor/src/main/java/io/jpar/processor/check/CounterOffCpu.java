package io.jpar.processor.check;

import io.jpar.processor.analysis.Induction;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/**
 * A CLUSTER or GPU loop counts with a local of the method ({@code row[k++]}): on CPU threads each iteration starts
 * the counter from its closed form, but a cluster job and a kernel run the body without that start.
 */
public final class CounterOffCpu {

    private CounterOffCpu() {
    }

    /** @param where {@code "a cluster job"} or {@code "a GPU kernel"} */
    public static List<Refusal> check(LoopModel loop, String where) {
        return loop.inductions().stream().map(k -> refuse(k, where)).toList();
    }

    private static Refusal refuse(Induction k, String where) {
        var update = k.updates().get(0);
        return new Refusal(CounterOffCpu.class.getSimpleName(), Lines.line(update), Lines.column(update), k.name()
                + " counts the iterations (" + update + " at line " + Lines.line(update) + "), which jpar turns into a start value"
                + " per iteration only on CPU threads, not in " + where,
                "index by the loop's indices instead (row[y * w + x] for row[k++] over y and x), or use target = CPU");
    }
}
