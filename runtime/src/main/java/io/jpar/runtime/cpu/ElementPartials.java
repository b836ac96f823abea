package io.jpar.runtime.cpu;

/**
 * For reductions into a field of the elements of an array of objects ({@code q[j].f -= g}): the generated loop
 * adds into an array of partials, {@code q$f[j] -= g}, that does not touch {@code q[j]}. The sequential loop does,
 * and fails there when {@code q[j]} is null or {@code j} is out of bounds; {@link #at} fails the same way.
 */
public final class ElementPartials {

    private ElementPartials() {
    }

    /**
     * {@code index}, after the checks that reading {@code field} of {@code elements[index]} makes: the bounds of
     * {@code elements} (the JVM's own exception), and a null element, reported as the JVM reports it.
     *
     * @param element the element as the source writes it ({@code q[j]})
     */
    public static int at(Object[] elements, int index, String field, String element) {
        if (elements[index] == null) {
            throw new NullPointerException("Cannot read field \"" + field + "\" because \"" + element + "\" is null");
        }
        return index;
    }
}
