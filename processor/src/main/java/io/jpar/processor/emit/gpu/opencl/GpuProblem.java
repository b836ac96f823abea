package io.jpar.processor.emit.gpu.opencl;

import com.github.javaparser.ast.Node;

/**
 * A construct of the loop that an OpenCL kernel cannot run, found while translating.
 *
 * @param family what kind of construct, which names the refusal
 * @param at     the construct
 * @param what   what it is and why it cannot run, in the user's words
 */
public record GpuProblem(GpuConstruct family, Node at, String what) {
}
