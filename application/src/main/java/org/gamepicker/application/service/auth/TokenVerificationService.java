package org.gamepicker.application.service.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.gamepicker.application.port.in.auth.Caller;
import org.gamepicker.application.port.in.auth.VerifyTokenUseCase;
import org.gamepicker.application.port.out.AccessTokens;
import org.gamepicker.application.port.out.ApiTokenRepository;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.domain.apitoken.ApiToken;
import org.gamepicker.domain.common.DomainException;

/**
 * Service: the one token check behind REST and the WebSocket. Bot tokens (prefix {@code gpb_}) are
 * looked up by the hash of their secret, and their use recorded at most once a minute; anything
 * else must be an admin JWT.
 */
@ApplicationScoped
public class TokenVerificationService implements VerifyTokenUseCase {

  private AccessTokens accessTokens;
  private ApiTokenRepository apiTokens;
  private TimeSource time;

  protected TokenVerificationService() {}

  @Inject
  public TokenVerificationService(
      AccessTokens accessTokens, ApiTokenRepository apiTokens, TimeSource time) {
    this.accessTokens = accessTokens;
    this.apiTokens = apiTokens;
    this.time = time;
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public Optional<Caller> verify(String rawToken) {
    if (rawToken == null || rawToken.isBlank()) {
      return Optional.empty();
    }
    if (rawToken.startsWith(ApiToken.SECRET_PREFIX)) {
      return verifyBotToken(rawToken);
    }
    return accessTokens.verify(rawToken).map(token -> Caller.admin(token.expiresAt()));
  }

  private Optional<Caller> verifyBotToken(String secret) {
    Optional<ApiToken> token = apiTokens.findBySecretHash(ApiToken.hashOf(secret));
    Instant now = time.now();
    token.filter(t -> t.useWorthRecording(now)).ifPresent(t -> apiTokens.recordUse(t.id(), now));
    return token.map(Caller::bot);
  }
}
