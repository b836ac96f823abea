package io.jpar.launcher;

import java.util.Locale;

/** MPJ Express's devices that the launcher can start. */
public enum Device {
    /** Ranks are threads of one JVM (MPJ's smpdev, started by its MulticoreStarter). */
    MULTICORE,
    /** One JVM per rank, talking over TCP (MPJ's niodev); the launcher plays the rendezvous server. */
    NIODEV,
    /** niodev between hosts, smpdev inside each: only through MPJ's daemons ({@code -machines}). */
    HYBDEV;

    /** The device named on the command line, e.g. {@code niodev}. */
    public static Device parse(String name) {
        for (Device d : values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new LaunchException("unknown device '" + name + "': use multicore, niodev or hybdev");
    }

    /** The name MPJ Express uses. */
    public String mpjName() {
        return this == MULTICORE ? "smpdev" : name().toLowerCase(Locale.ROOT);
    }
}
