/**
 * Test infrastructure: real databases (H2 in memory, a throwaway PostgreSQL), a codec and a clock.
 */
package dev.herald.jdbc.support;
