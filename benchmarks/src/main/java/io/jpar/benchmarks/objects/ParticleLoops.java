package io.jpar.benchmarks.objects;

import io.jpar.Parallel;

/**
 * Loops over an array of particle objects writing their fields at the loop index, annotated as a user would: jpar
 * proves the writes apart and checks before each call that the elements are distinct objects.
 */
public final class ParticleLoops {

    private ParticleLoops() {
    }

    /** A cheap step: a few flops per particle, so the distinctness check is a large share of the call. */
    @Parallel
    public static void drift(Particle[] p, double dt) {
        for (int i = 0; i < p.length; i++) {
            p[i].x += dt * p[i].v;
        }
    }

    /** A step of some work per particle: a damped spring integrated in 16 sub-steps. */
    @Parallel
    public static void spring(Particle[] p, double dt) {
        for (int i = 0; i < p.length; i++) {
            Particle q = p[i];
            double x = q.x;
            double v = q.v;
            for (int s = 0; s < 16; s++) {
                double a = -(x - 50.0) / q.mass - 0.01 * v;
                v += a * dt;
                x += v * dt;
            }
            q.x = x;
            q.v = v;
        }
    }
}
