package org.gamepicker.adapter.discord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;
import org.gamepicker.application.port.out.event.EventSubscriber;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.event.CatalogGameEvent;
import org.gamepicker.domain.event.EventType;
import org.gamepicker.domain.event.GameAdded;
import org.gamepicker.domain.event.GameRemoved;
import org.gamepicker.domain.event.GameRoomCodeChanged;
import org.gamepicker.domain.event.GameStatusChanged;
import org.gamepicker.domain.event.PollEnded;
import org.gamepicker.domain.event.PollStarted;
import org.gamepicker.domain.event.PollTally;
import org.gamepicker.domain.event.SessionDeleted;
import org.gamepicker.domain.event.SessionEnded;
import org.gamepicker.domain.event.SessionStarted;
import org.gamepicker.domain.event.VoteReceived;

/**
 * The Discord adapter, a subscriber of the event feed (cursor {@value #NAME}): posts "Now playing"
 * on each {@code game.added} and the night's summary on each {@code session.ended} to {@code
 * DISCORD_WEBHOOK_URL}. The feed advances its cursor right after each successful post; a post that
 * fails is tried again (after Discord's {@code retry_after} on a 429), so none is lost, also while
 * the webhook is wrong (401, 403, 404: the messages go out once it is fixed). A message Discord
 * refuses itself (400, 413, 422: it would refuse it again) is logged and dropped, so it cannot hold
 * back every later one.
 */
@ApplicationScoped
public class DiscordNotifier implements EventSubscriber {

  static final String NAME = "discord";
  private static final Logger LOG = Logger.getLogger(DiscordNotifier.class.getName());

  @Inject DiscordWebhookUrl webhookUrl;
  @Inject SessionQueryUseCase sessions;
  private final DiscordClient client = new DiscordClient();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EventType> eventTypes() {
    return Set.of(EventType.GAME_ADDED, EventType.SESSION_ENDED);
  }

  @Override
  public boolean enabled() {
    return webhookUrl.url().isPresent();
  }

  @Override
  public void onEvent(StoredEvent event) {
    try {
      client.post(webhookUrl.url().orElseThrow(), message(event));
    } catch (DiscordClient.DiscordRefused refused) {
      LOG.warning(
          "The Discord message of event " + event.id() + " is dropped: " + refused.getMessage());
    }
  }

  /** The channel's message for an event; a new event type must be decided on here. */
  private String message(StoredEvent event) {
    return switch (event.event()) {
      case GameAdded added -> NightMessages.nowPlaying(added);
      case SessionEnded ended ->
          sessions.exists(ended.sessionId())
              ? NightMessages.summary(sessions.get(ended.sessionId()))
              : NightMessages.deletedBeforeSummary(ended.sessionId());
      case SessionStarted started -> notPosted(event);
      case VoteReceived vote -> notPosted(event);
      case GameStatusChanged changed -> notPosted(event);
      case GameRemoved removed -> notPosted(event);
      case GameRoomCodeChanged changed -> notPosted(event);
      case SessionDeleted deleted -> notPosted(event);
      case PollStarted started -> notPosted(event);
      case PollTally tally -> notPosted(event);
      case PollEnded ended -> notPosted(event);
      case CatalogGameEvent catalog -> notPosted(event);
    };
  }

  private static String notPosted(StoredEvent event) {
    throw new IllegalArgumentException("Discord posts nothing for " + event.type().wireName());
  }
}
