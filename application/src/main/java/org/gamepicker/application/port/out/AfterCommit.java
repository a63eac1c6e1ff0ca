package org.gamepicker.application.port.out;

/**
 * Port: runs an action once the caller's transaction has committed, never when it rolls back, and
 * at once when no transaction runs. Whoever is told of a change this way sees it committed.
 */
@FunctionalInterface
public interface AfterCommit {

  void run(Runnable action);
}
