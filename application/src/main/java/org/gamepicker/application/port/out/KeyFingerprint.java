package org.gamepicker.application.port.out;

/**
 * Port: a fingerprint of this node's admin key and token signing key together: equal on nodes that
 * share both, different otherwise, and revealing neither.
 */
public interface KeyFingerprint {

  String value();
}
