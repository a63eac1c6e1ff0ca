package org.gamepicker.domain.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import org.gamepicker.domain.common.Require;

/** Where a webhook's deliveries go: an absolute http(s) URL with a host and no credentials. */
public record WebhookUrl(String value) {

  private static final int MAX_LENGTH = 2000;

  public WebhookUrl {
    value = Require.notBlank(value, "url");
    Require.that(value.length() <= MAX_LENGTH, "url", "url must be at most 2000 characters");
    URI uri = parse(value);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    Require.that(
        uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")),
        "url",
        "url must be an absolute http or https URL");
    Require.that(uri.getHost() != null && !uri.getHost().isBlank(), "url", "url must name a host");
    Require.that(
        uri.getRawUserInfo() == null, "url", "url must not contain credentials (user:password@)");
  }

  private static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw new org.gamepicker.domain.common.InvalidValueException(
          "url", "url is not a valid URL: " + e.getReason());
    }
  }

  public URI toUri() {
    return URI.create(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
