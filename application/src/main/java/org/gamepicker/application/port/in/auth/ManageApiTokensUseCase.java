package org.gamepicker.application.port.in.auth;

import java.util.List;
import org.gamepicker.domain.apitoken.ApiToken;

/** Use case: the admin mints, lists and revokes least-privilege bot tokens. */
public interface ManageApiTokensUseCase {

  /** Every bot token, by id (without secrets: only their hashes are kept). */
  List<ApiToken> list();

  /** One bot token (without its secret), or NotFoundException when there is none. */
  ApiToken get(long id);

  /** A new token; its secret is in the answer and nowhere else. */
  MintedApiToken mint(MintApiTokenCommand command);

  /**
   * Deletes the token: from the commit on it is refused, and live connections that used it are
   * closed. NotFoundException when there is none.
   */
  void revoke(long id);
}
