package org.gamepicker.application.port.out;

/** Port: the key fingerprint of the first node that started on the shared database. */
public interface RecordedKeyFingerprint {

  /** Records the fingerprint when none is recorded yet; returns the one recorded (maybe older). */
  String recordIfAbsent(String fingerprint);
}
