package io.jpar.runtime.cluster;

/**
 * The exception of another rank's block, when its own could not be sent (not serializable, or of a class that
 * rank 0 cannot load): the message carries the original stack trace as text.
 */
public final class RemoteBlockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RemoteBlockException(String message) {
        super(message);
    }
}
