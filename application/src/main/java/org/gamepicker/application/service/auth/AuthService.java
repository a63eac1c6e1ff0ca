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

/**
 * Service: admin login. The key is checked first, in constant time, so the right key is accepted
 * from any address at any time; wrong keys are counted per client address across nodes and, past
 * the limit, refused with 429 (the admin key's strength, not the throttle, is what makes guessing
 * hopeless).
 */
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
    if (adminKey.matches(command.key())) {
      return accessTokens.issueAdminToken();
    }
    Instant now = timeSource.now();
    throttle
        .blockedFor(command.clientAddress(), now)
        .ifPresent(
            wait -> {
              throw new TooManyLoginAttemptsException(wait);
            });
    throttle.recordFailure(command.clientAddress(), now);
    throw new WrongAdminKeyException();
  }
}
