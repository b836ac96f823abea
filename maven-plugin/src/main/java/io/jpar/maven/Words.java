package io.jpar.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a property's value into words as a shell would, without expansions: spaces separate words, single or
 * double quotes keep spaces inside one ({@code -Djpar.args="'New York' 3"} is two arguments).
 */
final class Words {

    private Words() {
    }

    /** @throws IllegalArgumentException on an unclosed quote, naming the text */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " in: " + text);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
