/**
 * The CPU target: {@link io.jpar.runtime.cpu.CpuLoops} runs a loop body, written as a subclass of
 * {@link io.jpar.runtime.cpu.IntChunk}, {@link io.jpar.runtime.cpu.LongChunk} or
 * {@link io.jpar.runtime.cpu.Int2Chunk}, on the calling thread plus tasks of one pool of daemon threads,
 * cutting the iterations into blocks by the loop's schedule and merging the blocks' partial reductions in
 * order, so that the result is the sequential one (floating point: reproducible for a thread count).
 */
package io.jpar.runtime.cpu;
