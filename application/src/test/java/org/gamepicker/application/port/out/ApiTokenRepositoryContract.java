package org.gamepicker.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gamepicker.domain.apitoken.ApiToken;
import org.gamepicker.domain.apitoken.TokenScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract of every {@link ApiTokenRepository}: what the bot-token use cases rely on. */
public abstract class ApiTokenRepositoryContract {

  private static final Instant MINTED = Instant.parse("2025-11-01T19:00:00.123Z");

  private ApiTokenRepository tokens;

  /** A repository without tokens. */
  protected abstract ApiTokenRepository tokens();

  @BeforeEach
  void noTokens() {
    tokens = tokens();
  }

  @Test
  void addAssignsAnIdAndKeepsEveryField() {
    ApiToken unsaved =
        ApiToken.mint(
            "twitch-bot", Set.of(TokenScope.LIVE, TokenScope.VOTES), "gpb_secret-1", MINTED);

    ApiToken added = tokens.add(unsaved);

    assertThat(added.id()).isNotNull();
    assertThat(added).usingRecursiveComparison().ignoringFields("id").isEqualTo(unsaved);
    assertThat(tokens.findBySecretHash(ApiToken.hashOf("gpb_secret-1")))
        .get()
        .usingRecursiveComparison()
        .isEqualTo(added);
  }

  @Test
  void findBySecretHashOfAnUnknownSecretIsEmpty() {
    tokens.add(ApiToken.mint("bot", List.of(TokenScope.LIVE), "gpb_secret-1", MINTED));

    assertThat(tokens.findBySecretHash(ApiToken.hashOf("gpb_secret-2"))).isEmpty();
  }

  @Test
  void findByIdFindsTheTokenAndNothingForAnUnknownId() {
    ApiToken token = tokens.add(ApiToken.mint("bot", List.of(TokenScope.LIVE), "gpb_1", MINTED));

    assertThat(tokens.findById(token.id())).get().usingRecursiveComparison().isEqualTo(token);
    assertThat(tokens.findById(token.id() + 1)).isEmpty();
  }

  @Test
  void findAllListsEveryTokenById() {
    ApiToken first = tokens.add(ApiToken.mint("b", List.of(TokenScope.LIVE), "gpb_1", MINTED));
    ApiToken second = tokens.add(ApiToken.mint("a", List.of(TokenScope.LIVE), "gpb_2", MINTED));

    assertThat(tokens.findAll()).extracting(ApiToken::id).containsExactly(first.id(), second.id());
  }

  @Test
  void recordUseSetsTheLastUseAndIgnoresAGoneToken() {
    ApiToken token = tokens.add(ApiToken.mint("bot", List.of(TokenScope.LIVE), "gpb_1", MINTED));
    Instant used = MINTED.plusSeconds(3600);

    tokens.recordUse(token.id(), used);
    tokens.recordUse(token.id() + 1000, used);

    assertThat(tokens.findAll()).extracting(ApiToken::lastUsedAt).containsExactly(used);
  }

  @Test
  void deleteRemovesTheTokenAndSaysWhetherThereWasOne() {
    ApiToken token = tokens.add(ApiToken.mint("bot", List.of(TokenScope.LIVE), "gpb_1", MINTED));

    assertThat(tokens.delete(token.id())).isTrue();
    assertThat(tokens.delete(token.id())).isFalse();
    assertThat(tokens.findBySecretHash(token.secretHash())).isEmpty();
  }
}
