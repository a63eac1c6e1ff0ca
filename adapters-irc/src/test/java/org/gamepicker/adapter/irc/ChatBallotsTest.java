package org.gamepicker.adapter.irc;

import static org.assertj.core.api.Assertions.assertThat;

import org.gamepicker.adapter.irc.ChatBallots.PendingBallot;
import org.junit.jupiter.api.Test;

class ChatBallotsTest {

  @Test
  void aVoteCommandIsABallotOfTheTwitchDisplayNameElseTheNick() {
    assertThat(
            ChatBallots.in(
                IrcMessage.parse(
                    "@display-name=CoolViewer;user-id=9 :coolviewer!c@x PRIVMSG #n :!vote 2")))
        .contains(new PendingBallot("CoolViewer", 2));
    assertThat(ChatBallots.in(IrcMessage.parse(":bob!b@h PRIVMSG #n :!VOTE 3 go go")))
        .contains(new PendingBallot("bob", 3));
  }

  @Test
  void otherMessagesAreNoBallot() {
    assertThat(ChatBallots.in(IrcMessage.parse(":bob!b@h PRIVMSG #n :thisgame++"))).isEmpty();
    assertThat(ChatBallots.in(IrcMessage.parse(":bob!b@h PRIVMSG #n :who said !vote 1"))).isEmpty();
    assertThat(ChatBallots.in(IrcMessage.parse(":bob!b@h PRIVMSG #n :!vote one"))).isEmpty();
  }
}
