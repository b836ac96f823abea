package io.jpar.runtime.cluster;

/**
 * The exception of another rank's block, when its own could not be sent (not serializable, of a class that rank 0
 * cannot load, or of a class that may not travel between ranks): the message carries the original class name,
 * message and stack trace as text.
 */
public final class RemoteBlockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remoteClassName;
    private final String remoteMessage;

    public RemoteBlockException(String message) {
        this(message, null, null);
    }

    public RemoteBlockException(String message, String remoteClassName, String remoteMessage) {
        super(message);
        this.remoteClassName = remoteClassName;
        this.remoteMessage = remoteMessage;
    }

    /** The class of the exception thrown on the other rank, or null when unknown. */
    public String remoteClassName() {
        return remoteClassName;
    }

    /** Its message, or null. */
    public String remoteMessage() {
        return remoteMessage;
    }
}
