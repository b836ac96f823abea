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
        for (int i = 0; i < charges.length; i++) {
            Particle p = i % 2 == 0 ? new Particle(charges[i]) : new Particle(0.5, charges[i]);
            p.steps += 1;
            out[i] = p.mass * p.charge + p.steps + p.position.length;
        }
        return out;
    }
}
