package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.emit.gpu.opencl.GpuProblem;
import io.jpar.processor.emit.gpu.opencl.GpuTranslator;
import java.util.List;

/**
 * Why a loop that could run on CPU threads cannot become an OpenCL kernel: each construct with its line. The
 * translator is the judge (what it cannot translate, a kernel cannot run); each refusal is named after the
 * construct's family ({@code GpuObjectUse}, {@code GpuAllocation}, {@code GpuExceptionHandling},
 * {@code GpuUntranslatableCall}, {@code GpuRecursion}, {@code GpuArrayReduction},
 * {@code GpuUnsupportedStatement}, {@code GpuUnsupportedType}: see {@code GpuConstruct}).
 */
public final class GpuChecks {

    private GpuChecks() {
    }

    public static List<Refusal> check(LoopModel loop) {
        if (!loop.analysed() || loop.outer() == null) {
            return List.of();
        }
        List<GpuProblem> problems = GpuTranslator.translate(loop, "check", "").problems();
        return problems.stream()
                .map(p -> new Refusal(p.family().reason(), Lines.line(p.at()), Lines.column(p.at()), p.what(), p.family().fix()))
                .toList();
    }
}
