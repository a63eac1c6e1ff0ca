package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gamepicker.domain.event.EventType;
import org.junit.jupiter.api.Test;

/** A client's message is read as the protocol says; each mistake is refused with its reason. */
class ClientMessageTest {

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  @Test
  void acceptsWholeNumbersAndDigitStrings() {
    assertThat(ClientMessage.longValue(json("17"))).isEqualTo(17L);
    assertThat(ClientMessage.longValue(json("\"17\""))).isEqualTo(17L);
  }

  @Test
  void refusesNumbersTooBigForAnIdInsteadOfWrappingThem() {
    assertThat(ClientMessage.longValue(json("99999999999999999999"))).isNull();
    assertThat(ClientMessage.longValue(json("1e309"))).isNull();
  }

  @Test
  void refusesFractionsTextAndNull() {
    assertThat(ClientMessage.longValue(json("1.5"))).isNull();
    assertThat(ClientMessage.longValue(json("\"abc\""))).isNull();
    assertThat(ClientMessage.longValue(JsonValue.NULL)).isNull();
    assertThat(ClientMessage.longValue(null)).isNull();
  }

  @Test
  void refusesWhatIsNotAnObjectWithAStringType() {
    assertThatThrownBy(() -> ClientMessage.parse("{\"type\":"))
        .isInstanceOf(RefusedMessage.class)
        .hasMessage("Malformed JSON");
    assertThatThrownBy(() -> ClientMessage.parse("[1]"))
        .hasMessage("Each message must be a JSON object");
    assertThatThrownBy(() -> ClientMessage.parse("{\"type\":7}"))
        .hasMessage("type must be a string: auth, subscribe, unsubscribe, resume or ping");
    assertThat(ClientMessage.parse("{\"type\":\"ping\"}").type()).isEqualTo("ping");
  }

  @Test
  void readsTheMembersOfASubscribeAndAResume() {
    ClientMessage message =
        ClientMessage.parse(
            "{\"type\":\"resume\",\"sessionId\":\"4\",\"lastEventId\":12,"
                + "\"sessionIds\":[4,\"5\"],\"events\":[\"vote.received\"],\"token\":\"t\"}");
    assertThat(message.sessionId()).isEqualTo(4);
    assertThat(message.lastEventId()).isEqualTo(12);
    assertThat(message.sessionIds()).containsExactly(4L, 5L);
    assertThat(message.events()).contains(Set.of(EventType.VOTE_RECEIVED));
    assertThat(message.token()).contains("t");
  }

  @Test
  void absentOrNullOptionalMembersMeanNone() {
    ClientMessage message =
        ClientMessage.parse("{\"type\":\"resume\",\"sessionIds\":null,\"events\":null}");
    assertThat(message.sessionIds()).isEqualTo(List.of());
    assertThat(message.events()).isEmpty();
    assertThat(ClientMessage.parse("{\"type\":\"resume\"}").sessionIds()).isEmpty();
    assertThat(ClientMessage.parse("{\"type\":\"auth\",\"token\":5}").token())
        .isEqualTo(Optional.empty());
  }

  @Test
  void refusesMembersOfTheWrongForm() {
    ClientMessage message =
        ClientMessage.parse(
            "{\"type\":\"resume\",\"sessionId\":-1.5,\"lastEventId\":-1,"
                + "\"sessionIds\":[1,\"x\"],\"events\":[\"game.added\",\"no.such\"]}");
    assertThatThrownBy(message::sessionId).hasMessage("sessionId must be a session id number");
    assertThatThrownBy(message::lastEventId).hasMessage("lastEventId must be a number, 0 or more");
    assertThatThrownBy(message::sessionIds)
        .hasMessage("sessionIds must be an array of session ids");
    assertThatThrownBy(ClientMessage.parse("{\"type\":\"resume\",\"sessionIds\":3}")::sessionIds)
        .hasMessage("sessionIds must be an array of session ids");
    assertThatThrownBy(message::events)
        .hasMessageStartingWith("events must be an array of event types: ");
    assertThatThrownBy(
            ClientMessage.parse("{\"type\":\"resume\",\"events\":\"game.added\"}")::events)
        .hasMessageStartingWith(
            "events must be an array of event types: session.started, game.added, ");
  }
}
