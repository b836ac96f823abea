import io.jpar.Parallel;

// constructors, superclass constructors and initializers that build only the new object are accepted
class Particles {
    static class Body {
        double mass = 1.0;
        double[] position = new double[3];

        Body(double mass) {
            this.mass = mass;
        }
    }

    static final class Particle extends Body {
        double charge;
        int steps;

        {
            steps = 1;
        }

        Particle(double mass, double charge) {
            super(mass);
            this.charge = charge;
        }

        Particle(double charge) {
            this(2.0, charge);
        }
    }

    @Parallel
    static double[] energies(double[] charges) {
        double[] out = new double[charges.length];
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            Particle p = i % 2 == 0 ? new Particle(charges[i]) : new Particle(0.5, charges[i]);
            p.steps += 1;
            out[i] = p.mass * p.charge + p.steps + p.position.length;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Particles.java:35", "Particles.energies", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, charges.length, 1, new JparLoop1());
        return out;
    }
} // rewritten by jpar from Particles.java; see jpar:explain
