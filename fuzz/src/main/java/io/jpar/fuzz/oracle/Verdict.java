package io.jpar.fuzz.oracle;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The oracle's judgement of one program, with what it saw (diagnostics, the first difference, a stack trace). */
public record Verdict(Outcome outcome, String detail) {

    private static final String GENERIC = "none of its loops can run in parallel";

    /**
     * What makes two failures "the same" for the minimizer: the outcome and, for a refusal or a crash, the gist
     * of the first specific message (file, line, column and numbers removed), so that shrinking a wrongly refused
     * program does not drift to a different refusal.
     */
    public String signature() {
        if (outcome != Outcome.WRONG_REFUSAL && outcome != Outcome.CRASH) {
            return outcome.name();
        }
        String line = detail.lines().filter(l -> !l.contains(GENERIC) && !l.isBlank()).findFirst().orElse("");
        String gist = line.replaceFirst("^\\S+\\.java:\\d+(:\\d+)?: ", "").replaceAll("\\d+", "").toLowerCase(Locale.ROOT);
        return outcome.name() + ": " + Arrays.stream(gist.split("\\s+")).limit(8).collect(Collectors.joining(" "));
    }
}
