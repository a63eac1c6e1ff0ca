package org.gamepicker.adapter.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gamepicker.application.port.out.webhook.WebhookRetryPolicy;
import org.gamepicker.domain.webhook.RetrySchedule;

/**
 * The retry schedule: {@link RetrySchedule#STANDARD_DELAYS}, or the delays of {@code
 * WEBHOOK_RETRY_DELAYS}, a comma-separated list of durations with a unit {@code ms}, {@code s},
 * {@code m} or {@code h} (e.g. {@code 5s,5m,30m,2h,5h,10h,10h}); one delay per retry.
 */
@ApplicationScoped
public class ConfiguredRetryPolicy implements WebhookRetryPolicy {

  private static final Pattern DELAY = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  private RetrySchedule schedule;

  protected ConfiguredRetryPolicy() {}

  @Inject
  public ConfiguredRetryPolicy(
      @ConfigProperty(name = "WEBHOOK_RETRY_DELAYS") Optional<String> configured) {
    List<Duration> delays =
        configured
            .filter(value -> !value.isBlank())
            .map(ConfiguredRetryPolicy::parse)
            .orElse(RetrySchedule.STANDARD_DELAYS);
    this.schedule = new RetrySchedule(delays, () -> ThreadLocalRandom.current().nextDouble());
  }

  @Override
  public RetrySchedule schedule() {
    return schedule;
  }

  static List<Duration> parse(String value) {
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .map(ConfiguredRetryPolicy::delay)
        .toList();
  }

  private static Duration delay(String text) {
    Matcher matcher = DELAY.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "WEBHOOK_RETRY_DELAYS: '" + text + "' is not a duration like 500ms, 5s, 5m or 2h");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofHours(amount);
    };
  }
}
