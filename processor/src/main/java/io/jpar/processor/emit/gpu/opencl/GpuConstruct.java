package io.jpar.processor.emit.gpu.opencl;

/**
 * The families of constructs a kernel cannot run; each names a refusal ({@code GpuObjectUse}, ...) and says
 * what to do about it.
 */
public enum GpuConstruct {
    OBJECT_USE("GpuObjectUse", "a GPU kernel works on primitive values and arrays of them only; "
            + "compute with primitives inside the loop, or use target = CPU"),
    ALLOCATION("GpuAllocation", "a GPU kernel cannot allocate; create arrays before the loop and pass them in, or use target = CPU"),
    EXCEPTION("GpuExceptionHandling", "a GPU kernel cannot throw or catch exceptions; check the condition before the loop, or use target = CPU"),
    CALL("GpuUntranslatableCall", "a GPU kernel can call Math functions and static methods of the same class on primitive values; "
            + "inline the call, or use target = CPU"),
    RECURSION("GpuRecursion", "OpenCL C has no recursion; rewrite the method as a loop, or use target = CPU"),
    FIELD_REDUCTION("GpuFieldReduction", "a GPU kernel reduces into locals only; accumulate into a local declared before the "
            + "loop and assign the field after it, or use target = CPU"),
    ARRAY_REDUCTION("GpuArrayReduction", "array reductions are not run on a GPU (partial arrays per work-group do not fit a "
            + "device's local memory); use target = CPU for this loop"),
    STATEMENT("GpuUnsupportedStatement", "rewrite it with if, for, while, do, break and continue, or use target = CPU"),
    LAST_VALUE("GpuLastValue", "a GPU kernel does not bring back what a local holds after the last iteration; "
            + "write the value into an array element in the loop, or use target = CPU"),
    TYPE("GpuUnsupportedType", "a GPU kernel takes primitive values, 1-D arrays and rectangular 2-D arrays of primitives; "
            + "use those, or use target = CPU");

    private final String reason;
    private final String fix;

    GpuConstruct(String reason, String fix) {
        this.reason = reason;
        this.fix = fix;
    }

    /** The refusal's name. */
    public String reason() {
        return reason;
    }

    /** What the user can do. */
    public String fix() {
        return fix;
    }
}
