package io.jpar.runtime.gpu;

/**
 * The operator of a reduction on the GPU. Boolean {@code &&}/{@code &} are {@link #AND}, {@code ||}/{@code |}
 * are {@link #OR}; {@code Math.min}/{@code Math.max} are {@link #MIN}/{@link #MAX}; {@code -=} reductions
 * combine with {@link #ADD}, as on the CPU.
 */
public enum Op {
    ADD, MUL, AND, OR, XOR, MIN, MAX
}
