// The few Game Picker REST calls the bench needs to set up a game night (session, game, votes).
'use strict';

const { request } = require('undici');

/** Sends a JSON request and answers {status, body}; the body is parsed when it is JSON. */
async function call(baseUrl, method, path, { token, body } = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) {
    headers.authorization = `Bearer ${token}`;
  }
  const response = await request(new URL(path, baseUrl), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
  });
  const text = await response.body.text();
  const json = (response.headers['content-type'] || '').includes('json') && text ? JSON.parse(text) : text;
  return { status: response.statusCode, body: json };
}

/** Like call, but fails unless the answer has the expected status; answers the body. */
async function expect(status, baseUrl, method, path, options) {
  const response = await call(baseUrl, method, path, options);
  if (response.status !== status) {
    throw new Error(`${method} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/** The enabled games of the catalog (public). */
async function enabledGames(baseUrl) {
  const games = await expect(200, baseUrl, 'GET', '/api/games');
  return games.filter((game) => game.enabled);
}

/** Closes the active session, if any, and starts a new one: a game night with no votes yet. */
async function startFreshSession(baseUrl, token, notes) {
  const active = await call(baseUrl, 'GET', '/api/sessions/active');
  if (active.status === 200) {
    await expect(200, baseUrl, 'POST', `/api/sessions/${active.body.id}/close`, { token });
  }
  const session = await expect(201, baseUrl, 'POST', '/api/sessions', { token, body: { notes } });
  return session.id;
}

/** Starts a game in the session (it becomes the one playing); answers the session game. */
function addGame(baseUrl, token, sessionId, gameId, roomCode) {
  const body = { game_id: gameId, manually_added: false, room_code: roomCode };
  return expect(201, baseUrl, 'POST', `/api/sessions/${sessionId}/games`, { token, body });
}

/** Counts `count` up-votes of distinct users on the game playing now, in one chat import. */
async function importVotes(baseUrl, token, sessionId, count) {
  const timestamp = new Date().toISOString();
  const chatData = Array.from({ length: count }, (_, i) => ({
    username: `imported-${i}`,
    message: 'thisgame++',
    timestamp,
  }));
  const imported = await expect(200, baseUrl, 'POST', `/api/sessions/${sessionId}/chat-import`, {
    token,
    body: { chat_data: chatData },
  });
  return imported.votes_processed;
}

/** How many votes the session holds. */
async function sessionVoteCount(baseUrl, sessionId) {
  const page = await expect(200, baseUrl, 'GET', `/api/votes?session_id=${sessionId}&limit=1`);
  return page.total;
}

module.exports = { call, enabledGames, startFreshSession, addGame, importVotes, sessionVoteCount };
