package io.jpar.processor.emit.gpu.opencl;

import com.github.javaparser.ast.Node;

/** Thrown inside the translator at the first construct of a statement it cannot translate; becomes a {@link GpuProblem}. */
final class Untranslatable extends RuntimeException {

    private final transient GpuProblem problem;

    Untranslatable(GpuConstruct family, Node at, String what) {
        super(what, null, false, false);
        this.problem = new GpuProblem(family, at, what);
    }

    /** A use of a local whose declaration was already refused: the statement is dropped without a second report. */
    static Untranslatable alreadyReported(Node at) {
        return new Untranslatable(null, at, "already reported");
    }

    /** The problem to report; null when it was reported already. */
    GpuProblem problem() {
        return problem.family() == null ? null : problem;
    }
}
