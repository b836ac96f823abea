/**
 * The GPU target: {@link io.jpar.runtime.gpu.GpuLoops} runs a loop's OpenCL kernel, which jpar generated at
 * build time, on one OpenCL device of the process (a GPU, else an accelerator, else a CPU device; or the one
 * {@code jpar.gpu.device} names) through JOCL. The loop's chunk class ({@link io.jpar.runtime.gpu.GpuIntChunk},
 * {@link io.jpar.runtime.gpu.GpuLongChunk}, {@link io.jpar.runtime.gpu.GpuInt2Chunk}) hands the kernel its
 * arguments through {@link io.jpar.runtime.gpu.KernelArgs}, and is what runs on the CPU when there is no device.
 *
 * <p>JOCL loads native code: on JDK 22 and later run with {@code --enable-native-access=ALL-UNNAMED} to silence
 * the JDK's warning (JDK 17 accepts the flag too).
 */
package io.jpar.runtime.gpu;
