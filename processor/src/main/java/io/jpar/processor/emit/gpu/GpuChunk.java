package io.jpar.processor.emit.gpu;

import io.jpar.processor.analysis.Captured;
import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.emit.cpu.ChunkField;
import io.jpar.processor.emit.cpu.ChunkTarget;
import io.jpar.processor.emit.gpu.opencl.KernelArg;
import io.jpar.processor.emit.gpu.opencl.KernelTranslation;
import io.jpar.processor.plan.LoopPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What GPU changes in the CPU chunk class: it extends the GPU chunks, holds every outside value the kernel reads as
 * a field, hands them to the kernel in {@code bind} (in kernel-parameter order), and the runtime call names the
 * kernel after the site. Everything else is the CPU chunk, which is also the fallback.
 */
final class GpuChunk implements ChunkTarget {

    private final KernelTranslation kernel;
    private final String kernelConstant;

    GpuChunk(KernelTranslation kernel, String kernelConstant) {
        this.kernel = kernel;
        this.kernelConstant = kernelConstant;
    }

    @Override
    public String chunkBase(String cpuKind) {
        return "io.jpar.runtime.gpu.Gpu" + cpuKind;
    }

    @Override
    public String loops() {
        return "io.jpar.runtime.gpu.GpuLoops";
    }

    @Override
    public List<ChunkField> values(LoopPlan plan) {
        Map<String, ChunkField> fields = new LinkedHashMap<>();
        for (KernelArg a : kernel.args()) {
            if (!a.name().endsWith(".length")) {
                fields.put(a.name(), new ChunkField(a.name(), io.jpar.processor.analysis.JavaType.of(a.javaType()), true, null));
            }
        }
        // a local that is not effectively final but read only where the kernel does not need it still needs its copy
        for (Captured k : plan.model().captured()) {
            fields.putIfAbsent(k.name(), new ChunkField(k.name(), k.type(), true, null));
        }
        return List.copyOf(fields.values());
    }

    @Override
    public Set<String> memberNames() {
        return Set.of("bind");
    }

    @Override
    public String members(LoopPlan plan, List<ChunkField> fields) {
        return " " + bind(kernel);
    }

    @Override
    public String afterSite(LoopPlan plan) {
        return ", " + kernelConstant;
    }

    /** The arguments in kernel-parameter order; the reductions' combined values come back through {@code reduce}. */
    static String bind(KernelTranslation t) {
        StringBuilder s = new StringBuilder("protected void bind(io.jpar.runtime.gpu.KernelArgs k$) {");
        for (KernelArg a : t.args()) {
            s.append(" k$.").append(a.bindMethod()).append('(').append(a.name()).append(");");
        }
        for (Reduction r : t.reductions()) {
            s.append(' ').append(r.name()).append(" = k$.reduce(").append(r.name()).append(", io.jpar.runtime.gpu.Op.")
                    .append(KernelTranslation.op(r)).append(");");
        }
        return s.append(" }").toString();
    }
}
