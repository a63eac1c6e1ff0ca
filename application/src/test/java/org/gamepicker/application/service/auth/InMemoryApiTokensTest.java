package org.gamepicker.application.service.auth;

import org.gamepicker.application.port.out.ApiTokenRepository;
import org.gamepicker.application.port.out.ApiTokenRepositoryContract;

/** The bot-token repository's contract, on the in-memory fake. */
class InMemoryApiTokensTest extends ApiTokenRepositoryContract {

  @Override
  protected ApiTokenRepository tokens() {
    return new InMemoryApiTokens();
  }
}
