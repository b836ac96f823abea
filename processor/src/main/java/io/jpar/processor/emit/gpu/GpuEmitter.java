package io.jpar.processor.emit.gpu;

import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.emit.cpu.CpuEmitter;
import io.jpar.processor.emit.gpu.opencl.KernelArg;
import io.jpar.processor.emit.gpu.opencl.KernelTranslation;
import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.print.LineIndex;
import io.jpar.processor.print.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the GPU code of one parallel loop (docs/ARCHITECTURE.md, "Generated code for the GPU target"): the CPU
 * chunk class (the fallback), a {@code bind} method that hands the kernel its arguments, and a call to the GPU
 * runtime; the kernel source goes to a holder class after the end of the file, where it is readable.
 *
 * <p>The chunk class is the CPU emitter's through {@link GpuChunk}, with every outside value the body reads a field
 * (the kernel gets each one from {@code bind}), so the fallback runs exactly the code a CPU loop runs.
 */
public final class GpuEmitter {

    private GpuEmitter() {
    }

    /** The kernel of a loop that passed {@code GpuChecks}: the translation they prepared, named for the holder class. */
    public static GpuKernel kernel(LoopPlan plan) {
        String number = plan.className().substring("JparLoop".length());
        KernelTranslation t = plan.prepared().kernel();
        return new GpuKernel("LOOP_" + number, t.name() + ".cl", t.source(), t);
    }

    public static List<TextEdit> emit(LoopPlan plan, LineIndex text, GpuKernel kernel) {
        String holder = holderName(plan.where().substring(0, plan.where().lastIndexOf(':')));
        return CpuEmitter.emit(plan, text, new GpuChunk(kernel.translation(), holder + "." + kernel.constant()));
    }

    /** {@code Sums.java} -> {@code JparKernels_Sums}. */
    static String holderName(String fileName) {
        String stem = fileName.endsWith(".java") ? fileName.substring(0, fileName.length() - 5) : fileName;
        return "JparKernels_" + stem.replaceAll("[^A-Za-z0-9_$]", "_");
    }

    /**
     * The text appended after the last line of a file with GPU loops (no line of the file moves): a top-level
     * class that holds the kernels' sources as text blocks.
     */
    public static String holder(String fileName, List<GpuKernel> kernels) {
        StringBuilder s = new StringBuilder("\n// the OpenCL kernels of ").append(fileName).append(", one per GPU loop (jpar:explain shows them too)\n");
        s.append("final class ").append(holderName(fileName)).append(" {\n");
        for (GpuKernel k : kernels) {
            s.append("    static final io.jpar.runtime.gpu.Kernel ").append(k.constant()).append(" = new io.jpar.runtime.gpu.Kernel(\"")
                    .append(k.translation().name()).append("\", \"\"\"\n");
            for (String line : k.source().split("\n", -1)) {
                if (!line.isEmpty()) {
                    s.append("        ").append(line.replace("\\", "\\\\").replace("\"\"\"", "\\\"\"\""));
                }
                s.append('\n');
            }
            s.setLength(s.length() - 1);
            s.append("        \"\"\");\n");
        }
        return s.append("}\n").toString();
    }

    /** The lines jpar:explain adds for this loop: the kernel, its buffers and its source. */
    public static List<String> explain(LoopPlan plan, GpuKernel kernel) {
        List<String> lines = new ArrayList<>();
        KernelTranslation t = kernel.translation();
        lines.add("GPU kernel " + t.name() + " (file " + kernel.fileName() + "); where no OpenCL device is found, the chunk class "
                + plan.className() + " runs on CPU threads");
        for (KernelArg a : t.args()) {
            lines.add("  argument " + a.name() + " (" + (a.name().endsWith(".length") ? "int" : a.javaType()) + "): " + a.access()
                    + (a.javaType().contains("[][]") ? ", rows flattened, rectangularity checked at launch" : ""));
        }
        for (Reduction r : t.reductions()) {
            lines.add("  reduction " + r.describe() + ": combined per work-group in local memory, then the groups' partials with Op."
                    + KernelTranslation.op(r));
        }
        lines.add("  kernel source:");
        kernel.source().lines().forEach(l -> lines.add("    " + l));
        return lines;
    }
}
