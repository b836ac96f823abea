package io.jpar.fuzz.gen;

import java.util.Locale;

/** A deterministic source of programs for one target: program {@code index} of a seed is always the same text. */
public interface Generator {

    Program generate(int index);

    /** The generator for {@code target}: CPU and CLUSTER share one (CLUSTER adds its refusals), GPU has its own subset. */
    static Generator forTarget(long seed, String target) {
        return switch (target.toUpperCase(Locale.ROOT)) {
            case "CPU" -> new ProgramGenerator(seed);
            case "CLUSTER" -> new ProgramGenerator(seed, "CLUSTER");
            case "GPU" -> new GpuProgramGenerator(seed);
            default -> throw new IllegalArgumentException("unknown target " + target + "; use CPU, CLUSTER or GPU");
        };
    }
}
