package org.gamepicker.adapter.rest.token;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.application.port.in.auth.MintedApiToken;
import org.gamepicker.domain.common.WireTime;

/** A bot token just minted, with the token itself: the only time it is shown. */
@Schema(name = "NewApiToken")
@JsonbPropertyOrder({"id", "name", "scopes", "created_at", "token"})
public record NewApiTokenView(
    long id,
    String name,
    @Schema(description = "What the token may do: live, votes") List<String> scopes,
    @Schema(example = "2025-11-01T19:00:00.000Z") String created_at,
    @Schema(
            description =
                "The bearer token for the bot: shown in this response only, never again (the"
                    + " server keeps only its hash)",
            example = "gpb_q3Jx0mT2vA9cL8nE5rW1yU7iO4pS6dF3gH2jK0lZ9xc")
        String token) {

  static NewApiTokenView of(MintedApiToken minted) {
    return new NewApiTokenView(
        minted.token().id(),
        minted.token().name(),
        ApiTokenView.scopeNames(minted.token()),
        WireTime.format(minted.token().createdAt()),
        minted.secret());
  }
}
