package io.jpar.processor.plan;

import com.github.javaparser.ast.stmt.Statement;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import io.jpar.processor.check.Refusal;
import java.util.List;

/**
 * What jpar decided for one loop of an annotated method.
 *
 * @param loop       the loop statement (for, for-each, while, do)
 * @param model      its analysis; null for loops that are not for loops, or that were not analysed
 * @param attributes the effective {@code @Parallel} attributes (index over method)
 * @param marked     whether its index carries {@code @Parallel}
 * @param outcome    parallel, sequential (with reasons) or error
 * @param refusals   why it is not parallel
 * @param note       for loops that were not candidates: why (nested inside a parallel loop, not marked)
 * @param prepared   for a parallel loop that was analysed: what its target prepared; null otherwise
 */
public record LoopDecision(Statement loop, LoopModel model, ParallelAnnotation attributes, boolean marked, Outcome outcome,
                           List<Refusal> refusals, String note, Prepared prepared) {

    public LoopDecision(Statement loop, LoopModel model, ParallelAnnotation attributes, boolean marked, Outcome outcome,
                        List<Refusal> refusals, String note) {
        this(loop, model, attributes, marked, outcome, refusals, note, null);
    }

    public enum Outcome { PARALLEL, SEQUENTIAL, ERROR }
}
