/**
 * The CLUSTER target on MPJ Express: {@link io.jpar.runtime.cluster.ClusterLoops} runs a loop body, written as a
 * subclass of {@link io.jpar.runtime.cluster.ClusterIntChunk}, {@link io.jpar.runtime.cluster.ClusterLongChunk} or
 * {@link io.jpar.runtime.cluster.ClusterInt2Chunk}, as one block per rank of a job started by
 * {@link io.jpar.runtime.cluster.RankMain}; the chunk's {@code move} says, through a
 * {@link io.jpar.runtime.cluster.Mover}, how each field travels. Only classes of {@code cluster.mpj} touch MPJ
 * Express, and only inside a job, so a program that is not a job never loads it.
 */
package io.jpar.runtime.cluster;
