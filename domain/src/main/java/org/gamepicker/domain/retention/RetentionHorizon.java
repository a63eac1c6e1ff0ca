package org.gamepicker.domain.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * How long a kind of record is kept (e.g. the event log, {@code EVENT_RETENTION}): a positive
 * ISO-8601 duration. What is older than {@link #cutoff} may be pruned; the pruning job looks every
 * {@link #prunePeriod}: a tenth of the horizon, at least a second and at most {@value
 * #MAX_PERIOD_MINUTES} minutes, so a record outlives its horizon by little whatever its length.
 */
public record RetentionHorizon(String setting, Duration duration) {

  static final long MAX_PERIOD_MINUTES = 5;

  public RetentionHorizon {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(setting + " must be a positive duration");
    }
  }

  /**
   * The horizon of {@code setting} from its configured text, or {@code fallback} when it is not set
   * (blank); a text that is no positive ISO-8601 duration fails with a message naming the setting.
   */
  public static RetentionHorizon parse(String setting, String text, Duration fallback) {
    if (text == null || text.isBlank()) {
      return new RetentionHorizon(setting, fallback);
    }
    Duration duration;
    try {
      duration = Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(invalid(setting, text));
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(invalid(setting, text));
    }
    return new RetentionHorizon(setting, duration);
  }

  private static String invalid(String setting, String text) {
    return setting
        + " is '"
        + text.strip()
        + "': it must be a positive ISO-8601 duration in days, hours, minutes or seconds, such as"
        + " P30D, PT12H or PT90S";
  }

  /** Records from before this instant are past the horizon at {@code now}. */
  public Instant cutoff(Instant now) {
    return now.minus(duration);
  }

  /** How often the pruning job looks for records past this horizon. */
  public Duration prunePeriod() {
    Duration tenth = duration.dividedBy(10);
    Duration max = Duration.ofMinutes(MAX_PERIOD_MINUTES);
    if (tenth.compareTo(Duration.ofSeconds(1)) < 0) {
      return Duration.ofSeconds(1);
    }
    return tenth.compareTo(max) > 0 ? max : tenth;
  }

  /** The duration in ISO-8601, in whole days when it is some (P30D rather than PT720H). */
  public String iso() {
    Duration day = Duration.ofDays(1);
    return duration.toNanos() % day.toNanos() == 0
        ? "P" + duration.toDays() + "D"
        : duration.toString();
  }

  /** The setting and its value, e.g. {@code EVENT_RETENTION=P30D}, for the log. */
  @Override
  public String toString() {
    return setting + "=" + iso();
  }
}
