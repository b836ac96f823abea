package io.jpar.runtime.gpu;

import java.util.Objects;

/**
 * An OpenCL kernel that jpar generated for one loop: the name of its {@code __kernel} function and its
 * OpenCL C source. Generated code keeps one per GPU loop in a {@code static final} field; the runtime builds
 * each source once per process and caches the program by its source.
 *
 * @param name   the {@code __kernel} function's name, e.g. {@code Sums_total_1}
 * @param source the OpenCL C 1.2 source that defines it
 */
public record Kernel(String name, String source) {

    public Kernel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (name.isEmpty() || !name.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("jpar: a kernel name must be a C identifier, got '" + name + "'");
        }
    }

    /** The name only: the source is long and readable in the generated file and {@code jpar:explain}. */
    @Override
    public String toString() {
        return name;
    }
}
