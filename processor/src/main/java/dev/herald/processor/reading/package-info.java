/**
 * Reads the user's code as the compiler sees it: which types carry Herald's annotations over all
 * rounds, which records each handled type receives, and what generated code may access.
 */
package dev.herald.processor.reading;
