package org.gamepicker.application.port.in.auth;

import org.gamepicker.application.port.out.AccessToken;

/** Use case: exchanges the admin key for a signed access token. */
public interface LogInUseCase {

  /**
   * Issues a token when the key is the admin key, whatever the caller's address sent before.
   *
   * @throws WrongAdminKeyException when it is not
   * @throws TooManyLoginAttemptsException when it is not and the caller's address sent too many
   *     wrong keys lately
   */
  AccessToken logIn(LogInCommand command);
}
