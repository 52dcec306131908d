/**
 * Validators that check the user's events and handlers against Herald's rules and return a report
 * of findings, each bound to the element and annotation value it is about; they never print
 * anything.
 */
package dev.herald.processor.validation;
