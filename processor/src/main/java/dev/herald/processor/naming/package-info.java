/**
 * The one place that decides the names of generated classes and their members, so that the rule can
 * be documented once and a reader can guess a generated name from their own code.
 */
package dev.herald.processor.naming;
