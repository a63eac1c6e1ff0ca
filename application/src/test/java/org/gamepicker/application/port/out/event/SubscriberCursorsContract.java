package org.gamepicker.application.port.out.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Contract of every {@link SubscriberCursors}: what the event feed relies on. */
public abstract class SubscriberCursorsContract {

  /** Cursors with none stored, each call in a transaction of its own. */
  protected abstract SubscriberCursors cursors();

  @Test
  void aSubscriberHasNoCursorUntilOneIsCreated() {
    SubscriberCursors cursors = cursors();

    assertThat(cursors.position("discord")).isEmpty();
    assertThat(cursors.lock("discord")).isEmpty();
  }

  @Test
  void aCursorStartsWhereItWasCreatedAndIsNotCreatedTwice() {
    SubscriberCursors cursors = cursors();

    cursors.createIfAbsent("discord", 17);
    cursors.createIfAbsent("discord", 99);

    assertThat(cursors.position("discord")).isEqualTo(OptionalLong.of(17));
    assertThat(cursors.lock("discord")).isEqualTo(OptionalLong.of(17));
  }

  @Test
  void eachSubscriberKeepsWhereItWasAdvancedTo() {
    SubscriberCursors cursors = cursors();
    cursors.createIfAbsent("discord", 0);
    cursors.createIfAbsent("webhooks", 0);

    cursors.advance("discord", 42);
    cursors.advance("webhooks", 7);
    cursors.advance("webhooks", 8);

    assertThat(cursors.position("discord")).isEqualTo(OptionalLong.of(42));
    assertThat(cursors.position("webhooks")).isEqualTo(OptionalLong.of(8));
  }
}
