package org.gamepicker.adapter.irc;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.gamepicker.application.port.in.poll.PollsUseCase;
import org.gamepicker.application.port.in.vote.CastVoteUseCase;

/**
 * The IRC adapter's running part: when {@code IRC_SERVER} is set, it starts, as the server starts,
 * the client that keeps the channel and the vote counter it feeds (votes and poll ballots), on
 * managed threads of their own (so neither ever runs on, or holds up, a request), and stops them
 * with the server.
 */
@ApplicationScoped
public class IrcChat {

  private static final Logger LOG = Logger.getLogger(IrcChat.class.getName());

  @Inject IrcConfiguration configuration;
  @Inject CastVoteUseCase votes;
  @Inject PollsUseCase polls;
  @Resource ManagedThreadFactory threads;

  private volatile IrcClient client;
  private ChatVoteCounter counter;

  void start(@Observes Startup startup) {
    configuration
        .settings()
        .ifPresentOrElse(
            settings -> {
              counter = new ChatVoteCounter(votes, polls, threads);
              counter.start();
              IrcClient started =
                  new IrcClient(
                      settings, threads, counter::onChannelMessage, IrcClient.READ_TIMEOUT);
              started.start();
              client = started;
              LOG.info("IRC: chatting at " + settings.describe() + " (IRC_SERVER)");
            },
            () -> LOG.info("IRC: off (IRC_SERVER is not set)"));
  }

  /** Whether IRC is configured (it may still be connecting). */
  boolean configured() {
    return configuration.settings().isPresent();
  }

  /** Queues the texts for the channel; false when not in it yet or too much is waiting. */
  boolean say(List<String> texts) {
    IrcClient current = client;
    return current != null && current.say(texts);
  }

  @PreDestroy
  void stop() {
    if (client != null) {
      client.stop();
    }
    if (counter != null) {
      counter.stop();
    }
  }
}
