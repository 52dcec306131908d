/** The kill -9 test: a service in a child JVM, killed at random points and restarted. */
package dev.herald.jdbc.crash;
