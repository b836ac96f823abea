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
 * @param elementsWritten arrays of objects whose elements' fields the loop writes ({@code p[i].x}): their elements
 *                     must be distinct objects, checked at run time with the arrays
 * @param elementsRead arrays whose elements' fields the loop reads where it writes those fields of another array's
 *                     elements: none of their elements may be a written one
 * @param elementsProven arrays whose elements' fields the loop writes that need no check: the method fills them
 *                     with new objects only ({@link io.jpar.processor.analysis.DistinctElements})
 * @param schedule     the schedule the loop runs with: as written, or jpar's choice for AUTO
 * @param chunk        the chunk that goes with it
 * @param scheduleWhy  why jpar replaced AUTO; null when the schedule is as written
 * @param prepared     what the loop's target prepared when its checks passed (the CLUSTER moves, the GPU kernel)
 */
public record LoopPlan(LoopModel model, ParallelAnnotation attributes, String className, String where, String methodName,
                       String outerType, boolean staticMethod, List<String> aliasWritten, List<String> aliasRead,
                       boolean matrixWritten, List<String> freshArrays, List<String> elementsWritten, List<String> elementsRead,
                       List<String> elementsProven, io.jpar.Schedule schedule, String chunk, String scheduleWhy, Prepared prepared) {

    public io.jpar.Target target() {
        return prepared.target();
    }

    /** Whether the runtime must check the arrays for aliasing before running the loop in parallel. */
    public boolean checksAliasing() {
        return !elementsWritten.isEmpty()
                || !aliasWritten.isEmpty() && (aliasWritten.size() > 1 || !aliasRead.isEmpty() || matrixWritten);
    }

    /** The written arrays of the run-time check as generated code passes them: arrays, then marked element arrays. */
    public List<String> checkedWritten() {
        return checked(aliasWritten, elementsWritten);
    }

    /** The read arrays of the run-time check as generated code passes them. */
    public List<String> checkedRead() {
        return checked(aliasRead, elementsRead);
    }

    private static List<String> checked(List<String> arrays, List<String> elements) {
        List<String> out = new java.util.ArrayList<>(arrays);
        elements.forEach(e -> out.add("io.jpar.runtime.ArrayOverlap.elements(" + e + ")"));
        return out;
    }

    /** The names of the run-time check's written arrays, in its order. */
    public List<String> checkedWrittenNames() {
        List<String> out = new java.util.ArrayList<>(aliasWritten);
        out.addAll(elementsWritten);
        return out;
    }

    /** The names of the run-time check's read arrays, in its order. */
    public List<String> checkedReadNames() {
        List<String> out = new java.util.ArrayList<>(aliasRead);
        out.addAll(elementsRead);
        return out;
    }
}
