package io.jpar.fuzz.gen;

/**
 * Statements a GPU loop cannot contain (objects, strings, allocation, exceptions, calls it cannot translate,
 * recursion, array reductions) and one the CPU rules already forbid; the GPU generator plants one in an illegal
 * program, and the processor must refuse it at build time on its line.
 */
enum GpuIllegal {
    /** {@code String s = "v" + a[i];} */
    STRING("a String built in a GPU loop"),
    /** {@code int[] tmp = new int[4];} */
    ALLOCATION("an array allocated in a GPU loop"),
    /** {@code Integer boxed = a[i];} */
    BOXING("a boxed Integer in a GPU loop"),
    /** {@code try { ... } catch (RuntimeException e) { ... }} on one line. */
    TRY_CATCH("try/catch in a GPU loop"),
    /** {@code if (a[i] > 1000) { throw new IllegalStateException(...); }} on one line. */
    THROW("a throw in a GPU loop"),
    /** {@code wi[i] = String.valueOf(a[i]).length();} */
    LIBRARY_CALL("a library call in a GPU loop"),
    /** {@code wi[i] = hrec(a[i]);} with {@code hrec} recursive. */
    RECURSION("a recursive helper called from a GPU loop"),
    /**
     * {@code hrow(g[i], a[i]);} or {@code wi[i] = hrowsum(g[i]);}: a row of a 2-D array handed to a helper, which
     * the CPU and CLUSTER targets accept when the row is the iteration's own; a kernel reads 2-D arrays by element.
     */
    ROW_CALL("a row of a 2-D array passed to a helper in a GPU loop"),
    /** {@code h[a[i] & 7] += 1;} */
    ARRAY_REDUCTION("an array reduction in a GPU loop"),
    /** {@code gtotal += a[i];} or {@code GpuTally.hits++;}: a field reduction, which the CPU target accepts. */
    FIELD_REDUCTION("a field reduced into by a GPU loop"),
    /**
     * {@code cs[i].v = e;}, {@code cs[i].k++;} or {@code Cell el = cs[i]; el.v = ..}: a field of an element of an array
     * of objects written, which the CPU target accepts at the loop index; a kernel has primitives and their arrays only.
     */
    ELEMENT_FIELD("a field of an element of an object array written in a GPU loop"),
    /**
     * {@code wi[i] = new GKid(a[i]).d;}: an object of a subclass whose constructors and initializers set only its own
     * fields, which the CPU target accepts; a kernel creates no objects.
     */
    OBJECT_CREATED("an object created in a GPU loop"),
    /** {@code wi[i] = wi[i - 1] + 1;}: illegal on every target. */
    LOOP_CARRIED("a loop-carried dependence");

    final String reason;

    GpuIllegal(String reason) {
        this.reason = reason;
    }
}
