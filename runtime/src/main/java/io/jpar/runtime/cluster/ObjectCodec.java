package io.jpar.runtime.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;

/**
 * Values that are not primitive (what {@link Mover#object} moves, and exceptions of a failed block) travel by
 * Java serialization, read behind an allow-list filter: a rank never builds an object of a class that the job
 * did not allow. Allowed: {@code java.lang}, {@code java.util} (and its subpackages), {@code java.math},
 * {@code java.time} (and subpackages), {@code io.jpar} (and subpackages), primitive arrays, and the patterns of
 * the system property {@value #ALLOW_PROPERTY} (environment {@value #ALLOW_ENV}) in the syntax of
 * {@link ObjectInputFilter.Config#createFilter}, e.g. {@code com.example.model.**;com.example.Point}. Exceptions
 * travel with their type when their class is the JDK's (a module {@code java.*}) or passes the same list; any other
 * exception comes back as a {@link RemoteBlockException} with its class name, message and stack as text.
 *
 * <p>Reading is bounded too, whatever the classes: nesting depth {@value #MAX_DEPTH}, and no array longer, no
 * more references and no more bytes than the message has bytes (every element, reference and byte of a real
 * stream takes at least one byte of it), so a forged length cannot make a rank allocate gigabytes.
 *
 * <p>Rank 0 checks the same list while it writes, so a value that the other ranks would refuse fails on rank 0,
 * before anything is sent, with the class and the setting to change.
 */
public final class ObjectCodec {

    public static final String ALLOW_PROPERTY = "jpar.cluster.allow";
    public static final String ALLOW_ENV = "JPAR_CLUSTER_ALLOW";

    private static final String BUILT_IN = "java.lang.*;java.util.**;java.math.*;java.time.**;io.jpar.**";
    /** Deeper than any value a loop moves; a forged stream nested deeper would overflow the reader's stack. */
    static final int MAX_DEPTH = 200;

    private ObjectCodec() {
    }

    /** The patterns in force, built-in first. */
    static String patterns() {
        String user = System.getProperty(ALLOW_PROPERTY);
        if (user == null || user.isBlank()) {
            user = System.getenv(ALLOW_ENV);
        }
        return user == null || user.isBlank() ? BUILT_IN : BUILT_IN + ";" + user.trim();
    }

    private static ObjectInputFilter filter(boolean throwables) {
        return filter(throwables, new String[1], Long.MAX_VALUE);
    }

    /**
     * The filter for a stream of {@code bytes} bytes; the name of a class it refuses lands in {@code rejected[0]},
     * for the message.
     */
    private static ObjectInputFilter filter(boolean throwables, String[] rejected, long bytes) {
        String patterns = patterns();
        ObjectInputFilter listed;
        try {
            listed = ObjectInputFilter.Config.createFilter(patterns + ";!*");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("jpar: " + ALLOW_PROPERTY + " is not a list of class patterns "
                    + "(com.example.**;com.example.Point): '" + patterns + "': " + e.getMessage());
        }
        long most = Math.max(bytes, 16);
        return info -> {
            if (info.depth() > MAX_DEPTH || info.arrayLength() > most || info.references() > most
                    || info.streamBytes() > most) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> type = info.serialClass();
            if (type == null) {
                return ObjectInputFilter.Status.UNDECIDED;     // a limits-only check, passed above
            }
            while (type.isArray()) {
                type = type.getComponentType();
            }
            if (type.isPrimitive() || (throwables && Throwable.class.isAssignableFrom(type) && jdk(type))) {
                return ObjectInputFilter.Status.ALLOWED;
            }
            if (listed.checkInput(info) == ObjectInputFilter.Status.ALLOWED) {
                return ObjectInputFilter.Status.ALLOWED;
            }
            rejected[0] = type.getName();
            return ObjectInputFilter.Status.REJECTED;
        };
    }

    /** A class of the JDK itself (its exceptions may travel with their type). */
    private static boolean jdk(Class<?> type) {
        Module module = type.getModule();
        return module.isNamed() && module.getName().startsWith("java.");
    }

    /** The refusal for one class, in the user's words. */
    static String refusal(String className) {
        return "jpar: class " + className + " may not travel between ranks: add it to the system property "
                + ALLOW_PROPERTY + " (a ';'-separated list of patterns such as com.example.** or com.example.Point, "
                + "for every rank: -J-D" + ALLOW_PROPERTY + "=...); allowed now: " + patterns();
    }

    /** Serializes a value for {@link Mover#object}; fails on rank 0 for a class that the filter would refuse. */
    static byte[] encode(Object value) {
        ObjectInputFilter check = filter(false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes) {
            @Override
            protected void annotateClass(Class<?> type) {
                if (check.checkInput(new Info(type)) != ObjectInputFilter.Status.ALLOWED) {
                    throw new IllegalArgumentException(refusal(type.getName()));
                }
            }
        }) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("jpar: a value of class " + value.getClass().getName()
                    + " cannot be sent to the other ranks: " + e, e);
        }
        return bytes.toByteArray();
    }

    /** Reads a value written by {@link #encode}, behind the filter. */
    static Object decode(byte[] bytes) {
        return read(bytes, false);
    }

    /** Serializes an exception of a block; null when it (or something it holds) cannot be serialized. */
    static byte[] encodeThrowable(Throwable t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(t);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return bytes.toByteArray();
    }

    /** Reads an exception written by {@link #encodeThrowable}. */
    static Throwable decodeThrowable(byte[] bytes) {
        return (Throwable) read(bytes, true);
    }

    private static Object read(byte[] bytes, boolean throwables) {
        ClassLoader loader = ObjectCodec.class.getClassLoader();
        String[] rejected = new String[1];
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                try {
                    return Class.forName(desc.getName(), false, loader);   // the rank's loader (multicore)
                } catch (ClassNotFoundException e) {
                    return super.resolveClass(desc);
                }
            }
        }) {
            in.setObjectInputFilter(filter(throwables, rejected, bytes.length));
            return in.readObject();
        } catch (InvalidClassException e) {
            if (rejected[0] != null) {
                throw new Refused(rejected[0], refusal(rejected[0]), e);
            }
            throw new IllegalStateException("jpar: a value sent by another rank cannot be read (nested deeper "
                    + "than " + MAX_DEPTH + ", or longer than its " + bytes.length + " bytes can hold): " + e, e);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("jpar: a value sent by another rank cannot be read: " + e, e);
        }
    }

    /** A value refused for its class: {@link #className} did not pass the allow-list. */
    static final class Refused extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        final String className;

        Refused(String className, String message, Throwable cause) {
            super(message, cause);
            this.className = className;
        }
    }

    /** What the filter sees for one class being written. */
    private record Info(Class<?> serialClass) implements ObjectInputFilter.FilterInfo, Serializable {
        @Override
        public long arrayLength() {
            return -1;
        }

        @Override
        public long depth() {
            return 1;
        }

        @Override
        public long references() {
            return 0;
        }

        @Override
        public long streamBytes() {
            return 0;
        }
    }
}
