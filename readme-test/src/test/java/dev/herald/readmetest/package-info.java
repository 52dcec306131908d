/**
 * The README test: builds fresh user projects from the fenced blocks that README.md and
 * docs/getting-started.md mark for it, against this build's artifacts, and runs them with the same
 * Maven that runs this build, with Dagger and without.
 */
package dev.herald.readmetest;
