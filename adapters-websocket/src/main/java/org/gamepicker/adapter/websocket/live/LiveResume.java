package org.gamepicker.adapter.websocket.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gamepicker.application.port.in.event.ReplayEventsUseCase;
import org.gamepicker.application.port.in.retention.EventLogHorizonUseCase;
import org.gamepicker.application.port.in.session.SessionQueryUseCase;

/**
 * The live protocol's {@code resume} (our extension): checks where the client resumes from,
 * subscribes it to the sessions it names that exist, and hands it to the {@link BacklogReplayer},
 * which sends what it missed and then {@code resumed}. A client whose position is older than the
 * log keeps (retention pruned events after it) gets {@code resume_expired} instead, and nothing
 * changes: it must load the current state and subscribe afresh.
 */
@ApplicationScoped
public class LiveResume {

  @Inject ReplayEventsUseCase replayEvents;
  @Inject SessionQueryUseCase sessions;
  @Inject BacklogReplayer replayer;
  @Inject EventLogHorizonUseCase horizon;

  void resume(LiveClient client, ClientMessage message) {
    if (client.replaying()) {
      throw new RefusedMessage("A resume is running: wait for resumed");
    }
    long lastEventId = message.lastEventId();
    long newest = replayEvents.lastEventId();
    if (lastEventId > newest) {
      throw new RefusedMessage(
          "lastEventId "
              + lastEventId
              + " is past the newest event ("
              + newest
              + "): resume from an id you received, or from 0");
    }
    if (horizon.missedPrunedEvents(lastEventId)) {
      client.send(
          LiveMessages.withMessage(
              "resume_expired",
              "Events after "
                  + lastEventId
                  + " are no longer kept (EVENT_RETENTION): load the current state"
                  + " (GET /api/sessions/active) and subscribe afresh"));
      return;
    }
    List<Long> sessionIds = message.sessionIds();
    message.events().ifPresent(client::optIn);
    List<Long> subscribed = new ArrayList<>();
    for (long sessionId : sessionIds) {
      if (sessions.exists(sessionId)) {
        client.subscribe(sessionId);
        subscribed.add(sessionId);
      } else {
        client.send(LiveMessages.error("Session " + sessionId + " not found"));
      }
    }
    replayer.replay(client, lastEventId, subscribed);
  }
}
