/**
 * Every message of the processor in one enum, and the one way they reach the user: printed by the
 * compiler on the offending element, with a stable id and a hint how to fix it.
 */
package dev.herald.processor.diagnostics;
