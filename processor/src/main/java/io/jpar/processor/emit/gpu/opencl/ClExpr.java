package io.jpar.processor.emit.gpu.opencl;

/**
 * A translated expression: its OpenCL C text and its Java type (which decides promotion, wrapping and casts).
 *
 * @param text     OpenCL C
 * @param javaType the Java type of the expression ({@code int}, {@code double[]}, ...)
 */
record ClExpr(String text, String javaType) {
}
