package org.gamepicker.adapter.websocket.live;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundMessagesTest {

  private final FakeConnections.Socket socket = new FakeConnections.Socket();
  private final List<String> sent = socket.sent;
  private final List<CloseReason> closes = socket.closes;
  private final Map<String, Integer> containerLimits = socket.limits;
  private final List<String> handled = new ArrayList<>();
  private final Session connection = socket.connection("c1");
  private final LiveClient client = new LiveClient(connection, () -> {});
  private final InboundMessages inbound =
      new InboundMessages(
          connection,
          client,
          text -> {
            handled.add(text);
            if (text.contains("auth")) {
              client.authenticate();
            }
          });

  @Test
  void theContainerChecksFramesAgainstTheAuthLimitUntilTheClientAuthenticated() {
    assertThat(containerLimits)
        .containsEntry("setMaxTextMessageBufferSize", 4096)
        .containsEntry("setMaxBinaryMessageBufferSize", 4096);

    inbound.text("{\"type\":\"auth\"}", true);

    assertThat(handled).containsExactly("{\"type\":\"auth\"}");
    assertThat(inbound.limitBytes()).isEqualTo(64 * 1024);
    assertThat(containerLimits)
        .containsEntry("setMaxTextMessageBufferSize", 64 * 1024)
        .containsEntry("setMaxBinaryMessageBufferSize", 64 * 1024);
  }

  @Test
  void aMessageIsHandledWholeOnceItsLastFrameArrived() {
    inbound.text("{\"type\":", false);
    inbound.text("\"ping\"}", false);
    assertThat(handled).isEmpty();

    inbound.text("", true);

    assertThat(handled).containsExactly("{\"type\":\"ping\"}");
    assertThat(closes).isEmpty();
  }

  @Test
  void framesThatAddUpToMoreThanTheLimitCloseTheClientWith1009AndAreNotHandled() {
    String kilobyte = "x".repeat(1024);
    for (int frame = 0; frame < 4; frame++) {
      inbound.text(kilobyte, false);
    }
    assertThat(closes).isEmpty();

    inbound.text("y", false);
    inbound.text(kilobyte, true);

    assertThat(closes).hasSize(1);
    assertThat(closes.get(0).getCloseCode()).isEqualTo(CloseReason.CloseCodes.TOO_BIG);
    assertThat(closes.get(0).getReasonPhrase()).isEqualTo("Message too big: the limit is 4 KiB");
    assertThat(handled).isEmpty();
  }

  @Test
  void theLimitCountsUtf8BytesNotCharacters() {
    inbound.text("é".repeat(2048), false);
    assertThat(closes).isEmpty();

    inbound.text("é", true);

    assertThat(closes)
        .extracting(CloseReason::getCloseCode)
        .contains(CloseReason.CloseCodes.TOO_BIG);
  }

  @Test
  void aSmallBinaryMessageIsAnsweredWithAnErrorAndTheConnectionStays() {
    inbound.binary(ByteBuffer.allocate(100), false);
    inbound.binary(ByteBuffer.allocate(100), true);

    assertThat(sent)
        .containsExactly(
            "{\"type\":\"error\",\"message\":\"Send each message as a JSON text frame, not binary\"}");
    assertThat(closes).isEmpty();
  }

  @Test
  void aBinaryMessageOverTheLimitClosesTheClientWith1009() {
    inbound.binary(ByteBuffer.allocate(4000), false);
    inbound.binary(ByteBuffer.allocate(4000), true);

    assertThat(closes)
        .extracting(CloseReason::getCloseCode)
        .containsExactly(CloseReason.CloseCodes.TOO_BIG);
    assertThat(sent).isEmpty();
  }
}
