package io.jpar.processor.parse;

import java.nio.file.Path;

/** Names files for the user: relative to the display base when they lie under it, absolute otherwise. */
public final class DisplayPaths {

    private final Path base;

    public DisplayPaths(Path base) {
        this.base = base == null ? null : base.toAbsolutePath().normalize();
    }

    public Path of(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (base != null && abs.startsWith(base) && !abs.equals(base)) {
            return base.relativize(abs);
        }
        return abs;
    }
}
