package org.gamepicker.application.port.in.auth;

import org.gamepicker.domain.apitoken.ApiToken;

/** A bot token just minted, with its secret: the only time the secret is known. */
public record MintedApiToken(ApiToken token, String secret) {}
