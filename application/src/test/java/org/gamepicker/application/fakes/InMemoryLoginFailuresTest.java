package org.gamepicker.application.fakes;

import org.gamepicker.application.port.out.LoginFailures;
import org.gamepicker.application.port.out.LoginFailuresContract;

/** The login-failure store's contract, on the in-memory fake. */
class InMemoryLoginFailuresTest extends LoginFailuresContract {

  @Override
  protected LoginFailures failures() {
    return new InMemoryLoginFailures();
  }
}
