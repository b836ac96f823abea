package io.jpar.processor.emit.gpu.opencl;

/**
 * A value from outside the loop that the kernel reads: a local, parameter or field read by its simple name. Each
 * becomes one {@code bind} call and one kernel parameter (two for a 2-D array: the elements and the column count),
 * in order of first use.
 *
 * @param name     the Java name (also the chunk's field)
 * @param javaType {@code int}, {@code double[]}, {@code float[][]}
 */
public record KernelArg(String name, String javaType, boolean read, boolean written) {

    public boolean array() {
        return javaType.contains("[");
    }

    /** The {@code KernelArgs} method that passes it: {@code in}, {@code out}, {@code inOut} or {@code scalar}. */
    public String bindMethod() {
        if (!array()) {
            return "scalar";
        }
        return written ? (read ? "inOut" : "out") : "in";
    }

    /** What explain says about its buffer. */
    public String access() {
        if (!array()) {
            return "scalar argument";
        }
        return written ? (read ? "read-write buffer" : "write-only buffer") : "read-only buffer";
    }

    KernelArg reading() {
        return new KernelArg(name, javaType, true, written);
    }

    KernelArg writing() {
        return new KernelArg(name, javaType, read, true);
    }
}
