package org.gamepicker.application.port.in.auth;

import org.gamepicker.application.port.out.AccessToken;

/** Use case: exchanges the admin key for a signed access token. */
public interface LogInUseCase {

  /**
   * Issues a token when the key is the admin key.
   *
   * @throws WrongAdminKeyException when it is not
   * @throws TooManyLoginAttemptsException when the caller's address failed too often lately
   */
  AccessToken logIn(LogInCommand command);
}
