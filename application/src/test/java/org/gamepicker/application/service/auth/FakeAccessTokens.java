package org.gamepicker.application.service.auth;

import java.time.Duration;
import java.util.Optional;
import org.gamepicker.application.port.out.AccessToken;
import org.gamepicker.application.port.out.AccessTokens;
import org.gamepicker.application.port.out.TimeSource;

/** Test double: issues numbered admin tokens; accepts only the token "genuine". */
final class FakeAccessTokens implements AccessTokens {

  private final TimeSource time;
  int issued;

  FakeAccessTokens(TimeSource time) {
    this.time = time;
  }

  @Override
  public AccessToken issueAdminToken() {
    issued++;
    return new AccessToken("token-" + issued, "admin", time.now().plus(Duration.ofHours(24)));
  }

  @Override
  public Optional<AccessToken> verify(String rawToken) {
    return "genuine".equals(rawToken)
        ? Optional.of(new AccessToken(rawToken, "admin", time.now().plusSeconds(60)))
        : Optional.empty();
  }
}
