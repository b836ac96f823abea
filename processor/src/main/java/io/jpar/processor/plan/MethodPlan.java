package io.jpar.processor.plan;

import com.github.javaparser.ast.body.CallableDeclaration;
import io.jpar.processor.analysis.ParallelAnnotation;
import io.jpar.processor.check.Refusal;
import java.util.List;

/**
 * The decisions for one annotated method.
 *
 * @param method     the method
 * @param annotation its {@code @Parallel}
 * @param loops      every loop of the method, outermost first, in source order
 * @param errors     problems with the method or its annotations (not tied to one loop's analysis)
 */
public record MethodPlan(CallableDeclaration<?> method, ParallelAnnotation annotation, List<LoopDecision> loops,
                         List<Refusal> errors) {

    public boolean hasErrors() {
        return !errors.isEmpty() || loops.stream().anyMatch(l -> l.outcome() == LoopDecision.Outcome.ERROR);
    }

    public List<LoopDecision> parallel() {
        return loops.stream().filter(l -> l.outcome() == LoopDecision.Outcome.PARALLEL && l.model() != null).toList();
    }
}
