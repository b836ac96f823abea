package io.jpar.processor.check;

import io.jpar.processor.analysis.Ast;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.emit.gpu.opencl.KernelTranslation;
import io.jpar.processor.plan.Prepared;
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

    public static TargetChecks.Outcome check(LoopModel loop) {
        KernelTranslation kernel = GpuTranslator.translate(loop, kernelName(loop), origin(loop));
        List<Refusal> refusals = new java.util.ArrayList<>(kernel.problems().stream()
                .map(p -> new Refusal(p.family().reason(), Lines.line(p.at()), Lines.column(p.at()), p.what(), p.family().fix()))
                .toList());
        refusals.addAll(CounterOffCpu.check(loop, "a GPU kernel"));
        refusals.addAll(ScratchOffCpu.check(loop, "a GPU kernel"));
        refusals.sort(java.util.Comparator.comparingInt(Refusal::line).thenComparingInt(Refusal::column));
        return new TargetChecks.Outcome(List.copyOf(refusals), refusals.isEmpty() ? Prepared.gpu(kernel) : null);
    }

    /**
     * The kernel's OpenCL name, {@code Class_method_L12}: unique in the file for loops on different lines, and
     * stable while other loops come and go. Java's {@code $} is not an OpenCL identifier character.
     */
    static String kernelName(LoopModel loop) {
        String type = Ast.enclosingType(loop.method(), "Kernel");
        String column = loop.method().findAll(com.github.javaparser.ast.stmt.ForStmt.class).stream()
                .filter(f -> f != loop.loop() && Lines.line(f) == Lines.line(loop.loop())).findAny().isPresent()
                ? "_C" + Lines.column(loop.loop()) : "";
        return (type + "_" + loop.method().getNameAsString() + "_L" + Lines.line(loop.loop()) + column).replace("$", "_S_");
    }

    /** What the kernel's first comment says it came from: {@code Sums.total, loop at Sums.java:12}. */
    private static String origin(LoopModel loop) {
        String file = loop.loop().findCompilationUnit().flatMap(com.github.javaparser.ast.CompilationUnit::getStorage)
                .map(s -> s.getPath().getFileName().toString()).orElse("?");
        return Ast.enclosingTypes(loop.method()) + "." + loop.method().getNameAsString() + ", loop at " + file + ":" + Lines.line(loop.loop());
    }
}
