package io.jpar.runtime.cluster;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the runtime does with a cluster chunk of any of the three shapes. */
final class Chunks {

    /** The constructor of each chunk class a rank has served, looked up once. */
    private static final Map<String, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private Chunks() {
    }

    static void move(Object chunk, Mover m) {
        if (chunk instanceof ClusterIntChunk<?> c) {
            c.moveWith(m);
        } else if (chunk instanceof ClusterLongChunk<?> c) {
            c.moveWith(m);
        } else {
            ((ClusterInt2Chunk<?>) chunk).moveWith(m);
        }
    }

    static Object fresh(Object chunk) {
        if (chunk instanceof ClusterIntChunk<?> c) {
            return c.freshChunk();
        } else if (chunk instanceof ClusterLongChunk<?> c) {
            return c.freshChunk();
        }
        return ((ClusterInt2Chunk<?>) chunk).freshChunk();
    }

    static void merge(Object into, Object later) {
        if (into instanceof ClusterIntChunk<?> c) {
            c.mergeChunk(later);
        } else if (into instanceof ClusterLongChunk<?> c) {
            c.mergeChunk(later);
        } else {
            ((ClusterInt2Chunk<?>) into).mergeChunk(later);
        }
    }

    /**
     * Builds an empty chunk of the named class on a rank other than 0: by its no-argument constructor, or, for a
     * local class of an instance method, by the constructor that takes only the outer instance (given null: the
     * body never uses it, every value it reads is a field that {@code move} fills).
     */
    static Object instantiate(String className) throws ReflectiveOperationException {
        Constructor<?> chosen = CONSTRUCTORS.get(className);
        if (chosen == null) {
            chosen = constructor(className);
            CONSTRUCTORS.put(className, chosen);
        }
        try {
            return chosen.getParameterCount() == 0 ? chosen.newInstance() : chosen.newInstance((Object) null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("jpar: the constructor of the cluster chunk class " + className
                    + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static Constructor<?> constructor(String className) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className, true, Chunks.class.getClassLoader());
        Constructor<?> chosen = null;
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            Class<?>[] parameters = c.getParameterTypes();
            if (parameters.length == 0) {
                chosen = c;
                break;
            }
            if (parameters.length == 1 && parameters[0] == type.getEnclosingClass() && chosen == null) {
                chosen = c;
            }
        }
        if (chosen == null) {
            throw new NoSuchMethodException("jpar: the cluster chunk class " + className
                    + " has no constructor without arguments, which the other ranks need");
        }
        chosen.setAccessible(true);
        return chosen;
    }
}
