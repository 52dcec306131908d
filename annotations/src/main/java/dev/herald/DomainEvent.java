package dev.herald;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public record as a domain event: something that happened inside this service, named in
 * the past tense ({@code OrderConfirmed}), delivered to the {@link Handles} methods that take it.
 *
 * <p>Kept in class files ({@code CLASS} retention) so that a processor compiling another module
 * still sees it on records from this one; nothing reads it at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DomainEvent {}
