package org.gamepicker.application.service.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gamepicker.application.port.out.ApiTokenRepository;
import org.gamepicker.domain.apitoken.ApiToken;

/** Test double: bot tokens in a map; counts the writes of last use. */
final class InMemoryApiTokens implements ApiTokenRepository {

  private final Map<Long, ApiToken> tokens = new TreeMap<>();
  final List<Instant> recordedUses = new ArrayList<>();
  private long nextId = 1;

  @Override
  public List<ApiToken> findAll() {
    return List.copyOf(tokens.values());
  }

  @Override
  public Optional<ApiToken> findById(long id) {
    return Optional.ofNullable(tokens.get(id));
  }

  @Override
  public Optional<ApiToken> findBySecretHash(String secretHash) {
    return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
  }

  @Override
  public ApiToken add(ApiToken token) {
    ApiToken stored =
        ApiToken.restore(
            nextId++,
            token.name(),
            token.scopes(),
            token.secretHash(),
            token.createdAt(),
            token.lastUsedAt());
    tokens.put(stored.id(), stored);
    return stored;
  }

  @Override
  public void recordUse(long id, Instant usedAt) {
    recordedUses.add(usedAt);
    ApiToken token = tokens.get(id);
    if (token == null) {
      return;
    }
    tokens.put(
        id,
        ApiToken.restore(
            id, token.name(), token.scopes(), token.secretHash(), token.createdAt(), usedAt));
  }

  @Override
  public boolean delete(long id) {
    return tokens.remove(id) != null;
  }
}
