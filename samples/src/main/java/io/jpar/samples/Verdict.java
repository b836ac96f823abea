package io.jpar.samples;

/** Whether a parallel result agrees with the sequential one, and how, in a few words for the table. */
public record Verdict(boolean agrees, String text) {
}
