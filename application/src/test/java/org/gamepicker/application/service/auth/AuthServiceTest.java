package org.gamepicker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.gamepicker.application.fakes.InMemoryLoginFailures;
import org.gamepicker.application.port.in.auth.LogInCommand;
import org.gamepicker.application.port.in.auth.TooManyLoginAttemptsException;
import org.gamepicker.application.port.in.auth.WrongAdminKeyException;
import org.gamepicker.application.port.out.AccessToken;
import org.gamepicker.domain.common.InvalidValueException;
import org.junit.jupiter.api.Test;

class AuthServiceTest {

  private static final String KEY = "the-admin-key";
  private static final Instant START = Instant.parse("2025-11-01T20:00:10Z");

  private final MutableTimeSource time = new MutableTimeSource(START);
  private final FakeAccessTokens tokens = new FakeAccessTokens(time);
  private final AuthService service =
      new AuthService(KEY::equals, tokens, time, new InMemoryLoginFailures());

  @Test
  void theAdminKeyGetsAToken() {
    AccessToken token = service.logIn(new LogInCommand(KEY, "10.0.0.1"));
    assertThat(token.token()).isEqualTo("token-1");
    assertThat(token.role()).isEqualTo("admin");
  }

  @Test
  void aWrongKeyIsRefused() {
    assertThatThrownBy(() -> service.logIn(new LogInCommand("nope", "10.0.0.1")))
        .isInstanceOf(WrongAdminKeyException.class)
        .hasMessage("Invalid admin key");
    assertThat(tokens.issued).isZero();
  }

  @Test
  void aBlankKeyIsInvalidInput() {
    assertThatThrownBy(() -> new LogInCommand(" ", "10.0.0.1"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void tenWrongKeysWithinAMinuteGetTheFollowingWrongKeysRefusedUntilTheMinuteIsOver() {
    failTimes(10, "10.0.0.1");
    time.advance(Duration.ofSeconds(30));

    assertThatThrownBy(() -> service.logIn(new LogInCommand("wrong", "10.0.0.1")))
        .isInstanceOfSatisfying(
            TooManyLoginAttemptsException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));

    time.advance(Duration.ofSeconds(30));
    assertThatThrownBy(() -> service.logIn(new LogInCommand("wrong", "10.0.0.1")))
        .isInstanceOf(WrongAdminKeyException.class);
  }

  @Test
  void theRightKeyIsAcceptedFromAThrottledAddress() {
    failTimes(10, "10.0.0.1");
    for (int i = 0; i < 20; i++) {
      assertThatThrownBy(() -> service.logIn(new LogInCommand("wrong", "10.0.0.1")))
          .isInstanceOf(TooManyLoginAttemptsException.class);
    }

    assertThat(service.logIn(new LogInCommand(KEY, "10.0.0.1")).token()).isNotBlank();
    assertThatThrownBy(() -> service.logIn(new LogInCommand("wrong", "10.0.0.1")))
        .as("wrong keys stay refused after the right one")
        .isInstanceOf(TooManyLoginAttemptsException.class);
  }

  @Test
  void failuresSpreadOverTwoMinutesDoNotThrottle() {
    failTimes(9, "10.0.0.1");
    time.advance(Duration.ofSeconds(60));
    failTimes(10, "10.0.0.1");
  }

  @Test
  void anotherAddressIsNotThrottled() {
    failTimes(10, "10.0.0.1");
    failTimes(10, "10.0.0.2");
  }

  /** Sends wrong keys that are each refused as wrong (401), not as too many (429). */
  private void failTimes(int times, String address) {
    for (int i = 0; i < times; i++) {
      assertThatThrownBy(() -> service.logIn(new LogInCommand("wrong", address)))
          .isInstanceOf(WrongAdminKeyException.class);
    }
  }
}
