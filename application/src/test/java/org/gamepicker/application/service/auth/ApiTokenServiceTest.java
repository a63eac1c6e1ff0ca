package org.gamepicker.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gamepicker.application.fakes.PendingCommit;
import org.gamepicker.application.port.in.auth.Caller;
import org.gamepicker.application.port.in.auth.MintApiTokenCommand;
import org.gamepicker.application.port.in.auth.MintedApiToken;
import org.gamepicker.domain.apitoken.ApiToken;
import org.gamepicker.domain.apitoken.TokenScope;
import org.gamepicker.domain.common.InvalidValueException;
import org.gamepicker.domain.common.NotFoundException;
import org.junit.jupiter.api.Test;

class ApiTokenServiceTest {

  private static final Instant START = Instant.parse("2025-11-01T20:00:00Z");

  private final MutableTimeSource time = new MutableTimeSource(START);
  private final InMemoryApiTokens repository = new InMemoryApiTokens();
  private final PendingCommit commits = new PendingCommit();
  private final List<Long> revocations = new ArrayList<>();
  private final ApiTokenService service =
      new ApiTokenService(repository, time, commits, revocations::add);
  private final TokenVerificationService verification =
      new TokenVerificationService(new FakeAccessTokens(time), repository, time);

  @Test
  void aMintedTokenIsShownOnceAndStoredOnlyAsItsHash() {
    MintedApiToken minted = mint("kosmi-bot", "live", "votes");

    assertThat(minted.secret()).matches("gpb_[A-Za-z0-9_-]{43}");
    ApiToken stored = service.list().get(0);
    assertThat(stored.name()).isEqualTo("kosmi-bot");
    assertThat(stored.scopes()).containsExactlyInAnyOrder(TokenScope.LIVE, TokenScope.VOTES);
    assertThat(stored.createdAt()).isEqualTo(START);
    assertThat(stored.lastUsedAt()).isNull();
    assertThat(stored.secretHash()).isNotEqualTo(minted.secret()).hasSize(64);
  }

  @Test
  void twoTokensNeverShareASecret() {
    assertThat(mint("a", "live").secret()).isNotEqualTo(mint("b", "live").secret());
  }

  @Test
  void aBotTokenVerifiesAsABotWithItsScopesOnly() {
    MintedApiToken minted = mint("irc-bot", "votes");

    Caller caller = verification.verify(minted.secret()).orElseThrow();

    assertThat(caller.isAdmin()).isFalse();
    assertThat(caller.apiTokenId()).contains(minted.token().id());
    assertThat(caller.may(TokenScope.VOTES)).isTrue();
    assertThat(caller.may(TokenScope.LIVE)).isFalse();
    assertThat(caller.hasRole("votes")).isTrue();
    assertThat(caller.hasRole("admin")).isFalse();
  }

  @Test
  void theAdminJwtVerifiesAsTheAdminWithEveryScope() {
    Caller caller = verification.verify("genuine").orElseThrow();

    assertThat(caller.isAdmin()).isTrue();
    assertThat(caller.hasRole("admin")).isTrue();
    assertThat(caller.may(TokenScope.LIVE)).isTrue();
    assertThat(caller.may(TokenScope.VOTES)).isTrue();
  }

  @Test
  void unknownForgedAndBlankTokensAreRefused() {
    mint("bot", "live");

    assertThat(verification.verify("gpb_not-a-minted-token")).isEmpty();
    assertThat(verification.verify("forged")).isEmpty();
    assertThat(verification.verify(" ")).isEmpty();
    assertThat(verification.verify(null)).isEmpty();
  }

  @Test
  void theLastUseIsWrittenAtMostOnceAMinute() {
    String secret = mint("bot", "live").secret();

    verification.verify(secret);
    time.advance(Duration.ofSeconds(30));
    verification.verify(secret);
    time.advance(Duration.ofSeconds(30));
    verification.verify(secret);

    assertThat(repository.recordedUses).containsExactly(START, START.plusSeconds(60));
    assertThat(service.list().get(0).lastUsedAt()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void aRevokedTokenIsRefusedAndTheRevocationAnnounced() {
    MintedApiToken minted = mint("bot", "live");

    service.revoke(minted.token().id());

    assertThat(verification.verify(minted.secret())).isEmpty();
    assertThat(service.list()).isEmpty();
    assertThat(revocations).as("announced after the commit").isEmpty();
    commits.commit();
    assertThat(revocations).containsExactly(minted.token().id());
  }

  @Test
  void aTokenIsReadByItsIdUntilRevoked() {
    MintedApiToken minted = mint("kosmi-bot", "live");
    long id = minted.token().id();

    assertThat(service.get(id)).usingRecursiveComparison().isEqualTo(minted.token());
    service.revoke(id);
    assertThatThrownBy(() -> service.get(id))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("No bot token with id " + id);
  }

  @Test
  void revokingAnUnknownTokenIsNotFoundAndAnnouncesNothing() {
    assertThatThrownBy(() -> service.revoke(42))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("No bot token with id 42");
    commits.commit();
    assertThat(revocations).isEmpty();
  }

  @Test
  void aTokenNeedsANameAndKnownScopes() {
    assertThatThrownBy(() -> MintApiTokenCommand.of(" ", List.of("live")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must not be blank");
    assertThatThrownBy(() -> MintApiTokenCommand.of("bot", List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scopes must name at least one of: live, votes");
    assertThatThrownBy(() -> MintApiTokenCommand.of("bot", List.of("admin")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Unknown scope admin; the scopes are live, votes");
    assertThatThrownBy(() -> MintApiTokenCommand.of("bot", null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("scopes is required");
  }

  private MintedApiToken mint(String name, String... scopes) {
    return service.mint(MintApiTokenCommand.of(name, List.of(scopes)));
  }
}
