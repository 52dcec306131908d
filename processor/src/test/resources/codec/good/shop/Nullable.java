package shop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** A declaration annotation, as in JSR 305 style libraries. */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Nullable {}
