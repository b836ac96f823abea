package io.jpar.runtime.gpu;

/** How a kernel uses an array, from the processor's access analysis; it decides the buffer's flags and copies. */
enum Access {
    /** Only read: {@code CL_MEM_READ_ONLY}, never copied back. */
    IN,
    /** Only written: {@code CL_MEM_WRITE_ONLY}; uploaded too (a loop may write only some elements), copied back. */
    OUT,
    /** Read and written: {@code CL_MEM_READ_WRITE}, uploaded and copied back. */
    IN_OUT;

    boolean written() {
        return this != IN;
    }

    /** The access of one array bound twice (one device buffer serves both parameters). */
    Access and(Access other) {
        return this == other ? this : IN_OUT;
    }
}
