package org.gamepicker.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gamepicker.domain.apitoken.ApiToken;

/** Port: stores the bot tokens (by the hash of their secret) and finds them. */
public interface ApiTokenRepository {

  /** Every token, by id. */
  List<ApiToken> findAll();

  Optional<ApiToken> findById(long id);

  Optional<ApiToken> findBySecretHash(String secretHash);

  /** Inserts a new token (id null); returns it as stored. */
  ApiToken add(ApiToken token);

  /** Sets the token's last use; nothing when it is gone. */
  void recordUse(long id, Instant usedAt);

  /** False when there was no such token. */
  boolean delete(long id);
}
