package io.jpar.benchmarks.objects;

/** A particle of a 1-D molecular-dynamics toy: the object numeric Java is written with. */
public final class Particle {
    double x;
    double v;
    final double mass;

    Particle(double x, double v, double mass) {
        this.x = x;
        this.v = v;
        this.mass = mass;
    }

    static Particle[] many(int n) {
        Particle[] p = new Particle[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7L);
        for (int k = 0; k < n; k++) {
            p[k] = new Particle(random.nextDouble(0, 100), random.nextDouble(-1, 1), random.nextDouble(1, 2));
        }
        return p;
    }
}
