package io.jpar.processor.plan;

import io.jpar.Target;
import io.jpar.processor.emit.gpu.opencl.KernelTranslation;
import io.jpar.processor.plan.cluster.ClusterPlan;

/**
 * What a loop's target prepared for it, once, when the target's checks passed: the CLUSTER data movement or the
 * GPU kernel. The emitter and {@code jpar:explain} both read this one plan, so what explain says is what runs.
 *
 * @param target  the target the loop runs on
 * @param cluster for CLUSTER: how each value moves between ranks; null otherwise
 * @param kernel  for GPU: the OpenCL translation of the body; null otherwise
 */
public record Prepared(Target target, ClusterPlan cluster, KernelTranslation kernel) {

    public static Prepared cpu() {
        return new Prepared(Target.CPU, null, null);
    }

    public static Prepared cluster(ClusterPlan plan) {
        return new Prepared(Target.CLUSTER, plan, null);
    }

    public static Prepared gpu(KernelTranslation kernel) {
        return new Prepared(Target.GPU, null, kernel);
    }
}
