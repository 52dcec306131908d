package typeuse;

import java.lang.annotation.ElementType;
import java.lang.annotation.Target;

/** A type-use annotation, as in JSpecify. */
@Target(ElementType.TYPE_USE)
public @interface Nullable {}
