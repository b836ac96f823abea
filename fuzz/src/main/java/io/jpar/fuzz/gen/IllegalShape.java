package io.jpar.fuzz.gen;

/** Statements that DESIGN.md forbids in a parallel loop; the generator plants one in an illegal program on purpose. */
enum IllegalShape {
    /** {@code c[i] = c[i - 1] + e}: an iteration reads what another writes. */
    LOOP_CARRIED,
    /** {@code c[i] = e; c[i + 1] = e}: two iterations write the same element. */
    ALIASING_WRITES,
    /** {@code c[2 * i] = e; c[2 * i + 2 * step] = e}: affine lanes that meet in two iterations. */
    LANE_OVERLAP,
    /** {@code last = (e) - last} on a local declared before the loop: neither a reduction nor private (read first). */
    OUTER_LOCAL_WRITE,
    /**
     * {@code shared.v = shared.v * 0.5 + e} on a {@code Cell} created before the loop: an object every iteration reaches
     * (written without that read, it would be a scratch object each thread has a copy of).
     */
    SHARED_OBJECT_WRITE,
    /** {@code seen.add(e)} on a list created before the loop: a JDK call that changes what the iterations share. */
    SHARED_COLLECTION,
    /** {@code fuzzField = e}: a field shared by all iterations. */
    FIELD_WRITE,
    /** {@code break} out of the parallel loop. */
    BREAK,
    /** {@code return} out of the parallel loop. */
    RETURN,
    /** {@code i += 1} in the body. */
    INDEX_WRITE,
    /** {@code acc += a[i] + e} and {@code acc} read elsewhere in the body ({@code acc += 4} alone would be a counter, legal on CPU). */
    REDUCTION_READ,
    /** {@code acc += e} and {@code acc *= 3}: two operators on one variable. */
    MIXED_OPERATORS,
    /** {@code fuzzTotal += e} and {@code fuzzTotal} read in the body: a field that is no reduction, each update refused. */
    FIELD_REDUCTION_READ,
    /** {@code fuzzTotal += e} and {@code fuzzTotal *= 3}: two operator families on one field. */
    FIELD_MIXED_OPERATORS,
    /** {@code rowAdd(g[i + step], g[i])}: the row a call writes is one another iteration reads (or the reverse). */
    ROW_NEIGHBOUR,
    /** {@code rowFill(g[2], e)}: every iteration's call writes the same row. */
    ROW_SHARED_WRITE,
    /** {@code rowThrough(g[i], c)}: the helper reassigns its row parameter to the shared array, then writes it. */
    ROW_REASSIGNED,
    /**
     * {@code cs[i].v = cs[i - step].v + e}: the field v of elements is written at the loop index and read at another
     * iteration's element (refused as a loop-carried dependence).
     */
    ELEMENT_NEIGHBOUR,
    /**
     * {@code cs[i % 3].v = e}, {@code cs[0].v = cs[0].v * 0.5 + e}, {@code cs[i / 2].v = ..}: an element's field assigned
     * (or read and written) by several iterations; {@code cs[0].v += e} with no other use of v would be a reduction.
     */
    ELEMENT_NOT_INJECTIVE,
    /**
     * {@code cs[i].v = shared.v + e}, with {@code shared} a Cell local from before the loop (or {@code sh = ds[2]}): the
     * field the loop writes in elements is read through another object, which may be one of them (ElementFieldAlias).
     */
    ELEMENT_OTHER_PATH,
    /**
     * {@code cellV(shared)} or {@code cellV(cs[i + step])} in a loop that writes {@code cs[i].v}: a static helper reads the
     * written field of the Cell it is handed, an object that may be any element or another iteration's element (jpar
     * counts a helper's reads through its parameter as reads of what it is handed: {@code cellV(cs[i])} is legal).
     */
    ELEMENT_CALLEE_READ,
    /**
     * {@code new Kid0(e)} where {@code Kid0 extends Base0} and Base0's constructor, an instance initializer block or a
     * field initializer increments the static counter {@code created}: creating the object writes shared state.
     */
    SUPER_CONSTRUCTOR_EFFECT,
    /** {@code if (a[i] > 0) ko[kc++] = e}: a counter not incremented in every iteration has no closed form. */
    COUNTER_CONDITIONAL,
    /** {@code countUp0(e)} whose helper reduces into {@code f0h}, and {@code f0h} also read in the body: not a reduction. */
    HELPER_FIELD_READ
}
