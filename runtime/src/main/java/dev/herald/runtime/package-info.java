/**
 * Herald's runtime: the contract generated handler tables implement, and the bus that routes events
 * through them. Nothing in this package uses reflection; every handler call is a plain method call
 * in generated code.
 */
package dev.herald.runtime;
