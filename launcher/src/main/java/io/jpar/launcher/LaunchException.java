package io.jpar.launcher;

/** A job that cannot be started as asked: bad options, MPJ Express or jpar-runtime missing. The message says why. */
public final class LaunchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public LaunchException(String message) {
        super("jpar launcher: " + message);
    }
}
