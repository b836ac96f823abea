package io.jpar.processor.plan;

import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import java.util.List;

/**
 * How one parallel loop runs: the CPU part every target has (CLUSTER ranks and the GPU fallback run it too).
 *
 * @param model        the loop's analysis
 * @param attributes   schedule, chunk, threads as written
 * @param className    the generated local class ({@code JparLoop1}: unique in its file)
 * @param where        {@code "Primes.java:14"}
 * @param methodName   {@code "Primes.sumPrimes"}
 * @param outerType    the simple name of the class that declares the method ({@code Outer.this})
 * @param staticMethod whether the method is static
 * @param aliasWritten arrays written by element, checked at run time against each other and {@code aliasRead}
 * @param aliasRead    arrays read at an index other than the written one, which must not be a written array
 * @param matrixWritten whether a 2-D array is written by row, whose rows must be distinct objects
 * @param freshArrays  arrays left out of the check: created by the method and never shared, they overlap nothing
 * @param schedule     the schedule the loop runs with: as written, or jpar's choice for AUTO
 * @param chunk        the chunk that goes with it
 * @param scheduleWhy  why jpar replaced AUTO; null when the schedule is as written
 * @param prepared     what the loop's target prepared when its checks passed (the CLUSTER moves, the GPU kernel)
 */
public record LoopPlan(LoopModel model, ParallelAnnotation attributes, String className, String where, String methodName,
                       String outerType, boolean staticMethod, List<String> aliasWritten, List<String> aliasRead,
                       boolean matrixWritten, List<String> freshArrays, io.jpar.Schedule schedule, String chunk, String scheduleWhy,
                       Prepared prepared) {

    public io.jpar.Target target() {
        return prepared.target();
    }

    /** Whether the runtime must check the arrays for aliasing before running the loop in parallel. */
    public boolean checksAliasing() {
        return !aliasWritten.isEmpty() && (aliasWritten.size() > 1 || !aliasRead.isEmpty() || matrixWritten);
    }
}
