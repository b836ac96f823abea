package io.jpar.processor.check;

import io.jpar.processor.analysis.Finding;

/**
 * Why jpar will not run a loop (or a method) in parallel.
 *
 * @param reason the check that refused, named after the problem ({@code LoopCarriedDependence})
 * @param line   where, 1-based
 * @param column where, 1-based
 * @param what   what is wrong, in the user's words, naming other lines
 * @param fix    what to do about it
 */
public record Refusal(String reason, int line, int column, String what, String fix) {

    /**
     * The diagnostic already names the line: "at line N" of that same line is left out of the text ("called
     * here" after a participle).
     */
    public Refusal {
        if (what != null && line > 0) {
            String at = " at line " + line + "(?![0-9])";
            what = what.replaceAll("\\b(updated|called|assigned|written|read|declared|used|passed|thrown|created|changed)" + at,
                    "$1 here").replaceAll(at, "");
        }
    }

    public static Refusal of(Class<?> check, Finding f) {
        return new Refusal(check.getSimpleName(), f.line(), f.column(), f.what(), f.fix());
    }

    /** The diagnostic text: what, then what to do. */
    public String message() {
        return fix == null || fix.isEmpty() ? what : what + "; " + fix;
    }
}
