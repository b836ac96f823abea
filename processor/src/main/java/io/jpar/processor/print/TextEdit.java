package io.jpar.processor.print;

/**
 * Replace the characters {@code [begin, end)} of a source text with {@code replacement}. Emitters make edits
 * that keep the number of line breaks of the range they replace, so that every line keeps its number.
 */
public record TextEdit(int begin, int end, String replacement) {

    public TextEdit {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad range [" + begin + ", " + end + ")");
        }
    }
}
