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
    /** {@code shared.v = e} on a {@code Cell} created before the loop: an object every iteration reaches. */
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
    /** {@code acc += e} and {@code acc} read elsewhere in the body. */
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
    ROW_REASSIGNED
}
