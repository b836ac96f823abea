package io.jpar;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Runs the loops of a method in parallel. jpar's build step rewrites the method; its callers do not change.
 *
 * <p>On a method, every outermost loop that jpar can prove safe runs in parallel, and each loop it leaves
 * sequential is named in a warning. On the index of a for-loop ({@code for (@Parallel int i = 0; i < n; i++)}),
 * inside a method that carries {@code @Parallel}, exactly the marked loops run in parallel, and each of them
 * must be provably safe or the build fails. Attributes given on the index override those of the method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@java.lang.annotation.Target({ElementType.METHOD, ElementType.LOCAL_VARIABLE})
public @interface Parallel {

    /** Where the loops run. */
    Target target() default Target.CPU;

    /** How iterations are dealt out to threads. */
    Schedule schedule() default Schedule.AUTO;

    /** Iterations per block for STATIC and DYNAMIC, the smallest block for GUIDED; 0 lets jpar choose. */
    int chunk() default 0;

    /**
     * Threads to use; 0 means the {@code jpar.threads} system property, then the {@code JPAR_THREADS}
     * environment variable, then the number of available processors. Those settings, where given, override
     * this value.
     */
    int threads() default 0;

    /** How many perfectly nested loops form one iteration space: 1 or 2. */
    int collapse() default 1;

    /**
     * Calls you vouch for, each as {@code "Type.method"} (the simple or qualified name of its class), e.g.
     * {@code trust = {"Cache.lookup", "Histogram.record"}}. jpar refuses a loop that calls a method it cannot see
     * into (no source, abstract) on an object or with an array the iterations share, since the method might change
     * them. Naming the method here accepts such calls: you promise that it changes nothing that another iteration
     * reads or writes, whatever the order the iterations run in. {@code jpar:explain} lists every call accepted this
     * way. It cannot override what jpar knows: a call that changes a shared object ({@code list.add} on a list from
     * outside the loop) stays refused. On an index's annotation the names add to the method's.
     */
    String[] trust() default {};
}
