// The app's only way to the server's REST API: the token kept in sessionStorage, every call, and
// problem details turned into errors that carry the server's `detail`.

const TOKEN = 'gamepicker.token';
const EXPIRES_AT = 'gamepicker.expiresAt';

/** An API error: the HTTP status and the problem's `detail` as the message. */
export class ApiError extends Error {
  constructor(status, message, problem) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

const signedOutListeners = [];

/** The admin's sign-in: the token lives in this tab's sessionStorage only, never in a URL. */
export const auth = {
  token() {
    const token = sessionStorage.getItem(TOKEN);
    const expiresAt = Date.parse(sessionStorage.getItem(EXPIRES_AT) ?? '');
    return token && !(expiresAt <= Date.now()) ? token : null;
  },

  /** True when a token was kept but its time has passed. */
  expired() {
    return sessionStorage.getItem(TOKEN) !== null && this.token() === null;
  },

  expiresAt() {
    return Date.parse(sessionStorage.getItem(EXPIRES_AT) ?? '');
  },

  async signIn(key) {
    const { token, expires_at: expiresAt } = await call('POST', '/api/auth/login', { body: { key } });
    sessionStorage.setItem(TOKEN, token);
    sessionStorage.setItem(EXPIRES_AT, expiresAt);
  },

  /** Forgets the token; `message` says why when the server refused it or it expired. */
  signOut(message) {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(EXPIRES_AT);
    signedOutListeners.forEach((listener) => listener(message));
  },

  onSignedOut(listener) {
    signedOutListeners.push(listener);
  },
};

/**
 * One request. `body` is sent as JSON, `text` as is with `contentType`; answers the parsed JSON, the
 * text of a non-JSON answer, or null for 204. Throws an ApiError for any error status.
 */
export async function call(method, path, { body, text, contentType, query } = {}) {
  const headers = { Accept: 'application/json, text/plain, text/csv' };
  const token = auth.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  } else if (text !== undefined) {
    headers['Content-Type'] = contentType;
    payload = text;
  }
  const url = query ? `${path}?${new URLSearchParams(query)}` : path;
  let response;
  try {
    response = await fetch(url, { method, headers, body: payload });
  } catch {
    throw new ApiError(0, 'The server cannot be reached: check that it is running and try again.');
  }
  if (response.ok) {
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') ?? '';
    return type.includes('json') ? response.json() : response.text();
  }
  const error = await problem(response);
  if (response.status === 401 && token) {
    auth.signOut(`You were signed out: ${error.message}. Sign in again with the admin key.`);
  }
  throw error;
}

async function problem(response) {
  let details = null;
  try {
    details = await response.json();
  } catch {
    // Not problem JSON (e.g. a proxy's error page): the status line has to do.
  }
  const message = details?.detail || details?.title || `${response.status} ${response.statusText}`;
  return new ApiError(response.status, message, details);
}

const path = (strings, ...values) =>
  strings.reduce((out, part, i) => out + part + (i < values.length ? encodeURIComponent(values[i]) : ''), '');

/** The endpoints the screens use, by name (see docs/api/README.md). */
export const api = {
  games: (filters) => call('GET', '/api/games', { query: filters }),
  toggleGame: (id) => call('PATCH', path`/api/games/${id}/toggle`),
  favorGame: (id, favorBias) => call('PATCH', path`/api/games/${id}/favor`, { body: { favor_bias: favorBias } }),
  packs: () => call('GET', '/api/games/packs'),
  togglePack: (name, enabled) => call('PATCH', path`/api/games/packs/${name}/toggle`, { body: { enabled } }),
  exportCsv: () => call('GET', '/api/games/export/csv'),
  importCsv: (csv, mode) => call('POST', '/api/games/import/csv', { text: csv, contentType: 'text/csv', query: { mode } }),
  pick: (filters) => call('POST', '/api/pick', { body: filters }),

  sessions: () => call('GET', '/api/sessions'),
  session: (id) => call('GET', path`/api/sessions/${id}`),
  /**
   * The active session with its games, or null. Read from the newest session (only the newest can be
   * active) rather than /api/sessions/active, whose 404 when none is active the browser logs as an error.
   */
  async activeSession() {
    const [newest] = await call('GET', '/api/sessions');
    return newest?.is_active === 1 ? call('GET', path`/api/sessions/${newest.id}`) : null;
  },
  startSession: (notes) => call('POST', '/api/sessions', { body: { notes } }),
  closeSession: (id) => call('POST', path`/api/sessions/${id}/close`),
  addGame: (sessionId, game) => call('POST', path`/api/sessions/${sessionId}/games`, { body: game }),
  setStatus: (sessionId, playId, status) =>
    call('PATCH', path`/api/sessions/${sessionId}/games/${playId}/status`, { body: { status } }),
  setPlayerCount: (sessionId, playId, playerCount) =>
    call('PATCH', path`/api/sessions/${sessionId}/games/${playId}/player-count`, { body: { player_count: playerCount } }),
  removeGame: (sessionId, playId) => call('DELETE', path`/api/sessions/${sessionId}/games/${playId}`),
  exportSession: (id, format) => call('GET', path`/api/sessions/${id}/export`, { query: format ? { format } : undefined }),

  openPoll: (sessionId, poll) => call('POST', path`/api/sessions/${sessionId}/polls`, { body: poll }),
  /** The session's polls, newest first; with status 'open', its open poll alone (or an empty list). */
  sessionPolls: (sessionId, status) => call('GET', path`/api/sessions/${sessionId}/polls`, { query: status ? { status } : undefined }),
  poll: (id) => call('GET', path`/api/polls/${id}`),
  closePoll: (id, play) => call('POST', path`/api/polls/${id}/close`, { body: { play } }),

  stats: () => call('GET', '/api/stats'),

  eventTypes: () => call('GET', '/api/event-types'),
  webhooks: () => call('GET', '/api/webhooks'),
  createWebhook: (webhook) => call('POST', '/api/webhooks', { body: webhook }),
  setWebhookEnabled: (id, enabled) => call('PATCH', path`/api/webhooks/${id}`, { body: { enabled } }),
  deleteWebhook: (id) => call('DELETE', path`/api/webhooks/${id}`),
  testWebhook: (id) => call('POST', path`/api/webhooks/test/${id}`),
  webhookLogs: (id) => call('GET', path`/api/webhooks/${id}/logs`),
  redeliver: (id, deliveryId) => call('POST', path`/api/webhooks/${id}/logs/${deliveryId}/redeliver`),

  tokens: () => call('GET', '/api/tokens'),
  mintToken: (name, scopes) => call('POST', '/api/tokens', { body: { name, scopes } }),
  revokeToken: (id) => call('DELETE', path`/api/tokens/${id}`),
};
