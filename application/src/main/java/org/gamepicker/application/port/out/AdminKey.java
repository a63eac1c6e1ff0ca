package org.gamepicker.application.port.out;

/** Port: the configured (or generated) admin key. */
public interface AdminKey {

  /** Whether the candidate is the admin key, compared in constant time. */
  boolean matches(String candidate);
}
