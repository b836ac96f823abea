package io.jpar.benchmarks.objects;

/** The loops of {@link ParticleLoops} as written, without jpar: the sequential baseline. */
public final class ParticleLoopsByHand {

    private ParticleLoopsByHand() {
    }

    public static void drift(Particle[] p, double dt) {
        for (int i = 0; i < p.length; i++) {
            p[i].x += dt * p[i].v;
        }
    }

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
