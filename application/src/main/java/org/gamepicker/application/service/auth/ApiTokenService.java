package org.gamepicker.application.service.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.gamepicker.application.port.in.auth.ManageApiTokensUseCase;
import org.gamepicker.application.port.in.auth.MintApiTokenCommand;
import org.gamepicker.application.port.in.auth.MintedApiToken;
import org.gamepicker.application.port.out.ApiTokenRepository;
import org.gamepicker.application.port.out.ApiTokenRevoked;
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
  private Event<ApiTokenRevoked> revoked;

  protected ApiTokenService() {}

  @Inject
  public ApiTokenService(
      ApiTokenRepository apiTokens, TimeSource time, Event<ApiTokenRevoked> revoked) {
    this.apiTokens = apiTokens;
    this.time = time;
    this.revoked = revoked;
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
    revoked.fire(new ApiTokenRevoked(id));
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
