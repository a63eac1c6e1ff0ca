package org.gamepicker.application.service.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.gamepicker.application.port.in.auth.ManageApiTokensUseCase;
import org.gamepicker.application.port.in.auth.MintApiTokenCommand;
import org.gamepicker.application.port.in.auth.MintedApiToken;
import org.gamepicker.application.port.out.AfterCommit;
import org.gamepicker.application.port.out.ApiTokenRepository;
import org.gamepicker.application.port.out.ApiTokenRevocations;
import org.gamepicker.application.port.out.TimeSource;
import org.gamepicker.domain.apitoken.ApiToken;
import org.gamepicker.domain.common.DomainException;
import org.gamepicker.domain.common.NotFoundException;

/**
 * Service: mints bot tokens (the prefix {@code gpb_} and 32 random bytes, URL-safe Base64; only the
 * hash is stored), lists them and revokes them, announcing each revocation after its commit.
 */
@ApplicationScoped
public class ApiTokenService implements ManageApiTokensUseCase {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SECRET_BYTES = 32;

  private ApiTokenRepository apiTokens;
  private TimeSource time;
  private AfterCommit afterCommit;
  private ApiTokenRevocations revocations;

  protected ApiTokenService() {}

  @Inject
  public ApiTokenService(
      ApiTokenRepository apiTokens,
      TimeSource time,
      AfterCommit afterCommit,
      ApiTokenRevocations revocations) {
    this.apiTokens = apiTokens;
    this.time = time;
    this.afterCommit = afterCommit;
    this.revocations = revocations;
  }

  @Override
  public List<ApiToken> list() {
    return apiTokens.findAll();
  }

  @Override
  public ApiToken get(long id) {
    return apiTokens.findById(id).orElseThrow(() -> noSuchToken(id));
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public MintedApiToken mint(MintApiTokenCommand command) {
    String secret = generateSecret();
    ApiToken token = ApiToken.mint(command.name(), command.scopes(), secret, time.now());
    return new MintedApiToken(apiTokens.add(token), secret);
  }

  @Override
  @Transactional(dontRollbackOn = DomainException.class)
  public void revoke(long id) {
    if (!apiTokens.delete(id)) {
      throw noSuchToken(id);
    }
    afterCommit.run(() -> revocations.revoked(id));
  }

  private static NotFoundException noSuchToken(long id) {
    return new NotFoundException("No bot token with id " + id);
  }

  private static String generateSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    return ApiToken.SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
