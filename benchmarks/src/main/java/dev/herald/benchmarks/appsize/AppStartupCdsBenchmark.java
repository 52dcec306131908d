package dev.herald.benchmarks.appsize;

/**
 * {@link AppStartupBenchmark}'s cold start, run by {@code benchmarks/run.sh} in JVMs that map an
 * application class-data archive (AppCDS, {@code -XX:SharedArchiveFile}) which one earlier run of
 * the same contender wrote ({@code -XX:ArchiveClassesAtExit}): the classes come parsed and verified
 * from the archive instead of from their jars, as in a service deployed with its archive. Each
 * contender gets its own archive, trained on itself. Without those options it measures what its
 * parent does.
 */
public class AppStartupCdsBenchmark extends AppStartupBenchmark {}
