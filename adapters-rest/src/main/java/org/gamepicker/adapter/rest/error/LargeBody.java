package org.gamepicker.adapter.rest.error;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that takes a large body (an import): up to {@link #bytes} instead of
 * {@link BodySizeLimitFilter#BODY_BYTES}, read within {@link #readWithinSeconds}, and one such body
 * at a time ({@link LargeBodyGate}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {

  /** The body's limit. */
  long bytes() default BodySizeLimitFilter.LARGE_BODY_BYTES;

  /** How long the whole body may take to arrive. */
  long readWithinSeconds() default 30;
}
