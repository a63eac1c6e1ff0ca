package org.gamepicker.adapter.irc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;
import org.gamepicker.application.port.in.session.SessionView;
import org.gamepicker.application.port.out.event.EventSubscriber;
import org.gamepicker.application.port.out.event.RetryLater;
import org.gamepicker.application.port.out.event.StoredEvent;
import org.gamepicker.domain.common.NotFoundException;
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
import org.gamepicker.domain.poll.Poll;

/**
 * The IRC adapter's announcer, a subscriber of the event feed (cursor {@value #NAME}): says in the
 * channel when a night starts ({@code session.started}), each game with its room code ({@code
 * game.added}) and its new room code ({@code game.room_code_changed}, while it plays), an audience
 * poll's candidates and how to vote ({@code poll.started}), its winner ({@code poll.ended}; not the
 * tallies in between, for the flood limit) and the night's end ({@code session.ended}). While the
 * client is not in the channel (connecting, or the network is down) the event waits ({@link
 * RetryLater}, {@link #RETRY}) and is said once it is back; an event's lines are queued for the
 * channel when its call returns.
 */
@ApplicationScoped
public class IrcAnnouncer implements EventSubscriber {

  static final String NAME = "irc";
  static final Duration RETRY = Duration.ofSeconds(2);

  @Inject IrcChat chat;
  @Inject SessionQueryUseCase sessions;
  @Inject PollsUseCase polls;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<EventType> eventTypes() {
    return Set.of(
        EventType.SESSION_STARTED,
        EventType.GAME_ADDED,
        EventType.GAME_ROOM_CODE_CHANGED,
        EventType.POLL_STARTED,
        EventType.POLL_ENDED,
        EventType.SESSION_ENDED);
  }

  @Override
  public boolean enabled() {
    return chat.configured();
  }

  @Override
  public void onEvent(StoredEvent event) {
    if (!chat.say(lines(event))) {
      throw new RetryLater("IRC: not in the channel yet, or too much waiting to be said", RETRY);
    }
  }

  /** The channel's lines for an event; a new event type must be decided on here. */
  private List<String> lines(StoredEvent event) {
    return switch (event.event()) {
      case SessionStarted started -> NightAnnouncements.started(started);
      case GameAdded added -> NightAnnouncements.nowPlaying(added, session(added.sessionId()));
      case SessionEnded ended -> NightAnnouncements.ended(ended, session(ended.sessionId()));
      case VoteReceived vote -> notSaid(event);
      case GameStatusChanged changed -> notSaid(event);
      case GameRemoved removed -> notSaid(event);
      case GameRoomCodeChanged changed ->
          NightAnnouncements.newRoomCode(changed, session(changed.sessionId()));
      case SessionDeleted deleted -> notSaid(event);
      case PollStarted started -> PollAnnouncements.started(started);
      case PollTally tally -> notSaid(event);
      case PollEnded ended -> PollAnnouncements.ended(ended, poll(ended.pollId()));
      case CatalogGameEvent catalog -> notSaid(event);
    };
  }

  private Optional<SessionView> session(long sessionId) {
    return sessions.exists(sessionId) ? Optional.of(sessions.get(sessionId)) : Optional.empty();
  }

  private Optional<Poll> poll(long pollId) {
    try {
      return Optional.of(polls.get(pollId));
    } catch (NotFoundException gone) {
      return Optional.empty();
    }
  }

  private static List<String> notSaid(StoredEvent event) {
    throw new IllegalArgumentException("IRC says nothing for " + event.type().wireName());
  }
}
