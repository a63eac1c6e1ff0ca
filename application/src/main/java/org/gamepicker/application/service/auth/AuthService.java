package org.gamepicker.application.service.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.gamepicker.application.port.in.auth.LogInCommand;
import org.gamepicker.application.port.in.auth.LogInUseCase;
import org.gamepicker.application.port.in.auth.TooManyLoginAttemptsException;
import org.gamepicker.application.port.in.auth.WrongAdminKeyException;
import org.gamepicker.application.port.out.AccessToken;
import org.gamepicker.application.port.out.AccessTokens;
import org.gamepicker.application.port.out.AdminKey;
import org.gamepicker.application.port.out.LoginFailures;
import org.gamepicker.application.port.out.TimeSource;

/** Service: admin login with a per-client limit on failures, counted across nodes. */
@ApplicationScoped
public class AuthService implements LogInUseCase {

  private FailedLoginThrottle throttle;
  private AdminKey adminKey;
  private AccessTokens accessTokens;
  private TimeSource timeSource;

  protected AuthService() {}

  @Inject
  public AuthService(
      AdminKey adminKey,
      AccessTokens accessTokens,
      TimeSource timeSource,
      LoginFailures loginFailures) {
    this.adminKey = adminKey;
    this.accessTokens = accessTokens;
    this.timeSource = timeSource;
    this.throttle = new FailedLoginThrottle(loginFailures);
  }

  @Override
  public AccessToken logIn(LogInCommand command) {
    Instant now = timeSource.now();
    throttle
        .blockedFor(command.clientAddress(), now)
        .ifPresent(
            wait -> {
              throw new TooManyLoginAttemptsException(wait);
            });
    if (!adminKey.matches(command.key())) {
      throttle.recordFailure(command.clientAddress(), now);
      throw new WrongAdminKeyException();
    }
    throttle.recordSuccess(command.clientAddress());
    return accessTokens.issueAdminToken();
  }
}
