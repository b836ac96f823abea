package io.jpar.fuzz.oracle;

/** How one generated program fared. */
public enum Outcome {
    /** Legal, accepted, and every run agreed with the original. */
    OK(false, "ok"),
    /** Illegal on purpose, and refused with an error on the offending line. */
    REFUSED_AS_EXPECTED(false, "refused as expected"),
    /** Accepted, but a run of jpar's output differs from the original (value, exception, or it did not finish). */
    MISCOMPILE(true, "miscompiled"),
    /** The processor threw, reported an internal error, or wrote code that does not compile. */
    CRASH(true, "crashed"),
    /** A legal program was refused. */
    WRONG_REFUSAL(true, "wrongly refused"),
    /** An illegal program was accepted. */
    MISSED_REFUSAL(true, "missed refusals"),
    /** Refused, but no error names the offending line. */
    BAD_LINE(true, "refused on a wrong line"),
    /** The generator's fault: the original does not compile or does not finish. */
    INVALID_PROGRAM(true, "invalid programs");

    private final boolean failure;
    private final String label;

    Outcome(boolean failure, String label) {
        this.failure = failure;
        this.label = label;
    }

    public boolean failure() {
        return failure;
    }

    public String label() {
        return label;
    }
}
