package org.gamepicker.adapter.rest.token;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gamepicker.domain.apitoken.ApiToken;
import org.gamepicker.domain.apitoken.TokenScope;
import org.gamepicker.domain.common.WireTime;

/** A bot token as the list shows it: never the token itself. */
@Schema(name = "ApiToken")
@JsonbNillable
@JsonbPropertyOrder({"id", "name", "scopes", "created_at", "last_used_at"})
public record ApiTokenView(
    long id,
    String name,
    @Schema(description = "What the token may do: live, votes", example = "[\"live\", \"votes\"]")
        List<String> scopes,
    @Schema(example = "2025-11-01T19:00:00.000Z") String created_at,
    @Schema(
            description = "When the token was last used, to within a minute; null when never",
            example = "2025-11-01T20:15:00.000Z",
            nullable = true)
        String last_used_at) {

  static ApiTokenView of(ApiToken token) {
    return new ApiTokenView(
        token.id(),
        token.name(),
        scopeNames(token),
        WireTime.format(token.createdAt()),
        token.lastUsedAt() == null ? null : WireTime.format(token.lastUsedAt()));
  }

  /** The scopes in their documented order. */
  static List<String> scopeNames(ApiToken token) {
    return Arrays.stream(TokenScope.values())
        .filter(token.scopes()::contains)
        .map(TokenScope::wireName)
        .toList();
  }
}
