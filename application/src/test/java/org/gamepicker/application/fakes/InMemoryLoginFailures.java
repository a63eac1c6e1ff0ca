package org.gamepicker.application.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gamepicker.application.port.out.LoginFailures;

/** Failed logins in a map, for one node: the fake of {@link LoginFailures}. */
public class InMemoryLoginFailures implements LoginFailures {

  private final Map<String, FailureWindow> windows = new ConcurrentHashMap<>();

  @Override
  public Optional<FailureWindow> openWindow(String address, Instant now, Duration length) {
    return Optional.ofNullable(windows.get(address)).filter(window -> open(window, now, length));
  }

  @Override
  public FailureWindow recordFailure(String address, Instant now, Duration length) {
    return windows.compute(
        address,
        (key, window) ->
            window == null || !open(window, now, length)
                ? new FailureWindow(now, 1)
                : new FailureWindow(window.start(), window.failures() + 1));
  }

  private static boolean open(FailureWindow window, Instant now, Duration length) {
    return now.isBefore(window.start().plus(length));
  }
}
