package org.gamepicker.application.fakes;

import java.util.ArrayList;
import java.util.List;
import org.gamepicker.application.port.out.AfterCommit;

/** Test double: keeps the after-commit actions until the test {@link #commit commits}. */
public final class PendingCommit implements AfterCommit {

  private final List<Runnable> actions = new ArrayList<>();

  @Override
  public void run(Runnable action) {
    actions.add(action);
  }

  /** Runs the actions kept so far, as the commit of their transaction does. */
  public void commit() {
    List<Runnable> committed = List.copyOf(actions);
    actions.clear();
    committed.forEach(Runnable::run);
  }
}
