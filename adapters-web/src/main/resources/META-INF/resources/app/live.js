// The live WebSocket (docs/api/websocket.md), as a bot uses it: auth, subscribe or resume from the
// last event id after a reconnect (so no vote is missed), a ping every 30 s, reconnect with backoff.

const BACKOFF_SECONDS = [1, 2, 5, 10];
const PING_MS = 30_000;

/**
 * A connection that stays up until stopped. Callbacks: `onStatus('connecting' | 'live' | 'idle' |
 * 'offline')` ('live': connected and following a night; 'idle': connected, no night to follow), `onEvent(event)` for each event, `onSynced()` once caught up after each (re)connect
 * (reload what the page shows), `onRefused(message)` when the server refuses the token.
 * `events` names the event types to receive besides the four core ones (the `events` of
 * `subscribe` and `resume`, from GET /api/event-types).
 */
export class LiveConnection {
  constructor(token, { onStatus, onEvent, onSynced, onRefused, events = [] }) {
    Object.assign(this, { token, onStatus, onEvent, onSynced, onRefused, events });
    this.sessionId = null;
    this.lastEventId = null;
    this.failures = 0;
    this.stopped = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    this.socket?.close(1000, 'Signed out');
  }

  /** Follows a session's events (null: none); takes effect now or at the next connect. */
  follow(sessionId) {
    if (sessionId === this.sessionId) return;
    if (this.authenticated && this.sessionId !== null) {
      this.send({ type: 'unsubscribe', sessionId: this.sessionId });
    }
    this.sessionId = sessionId;
    if (!this.authenticated) return;
    // A subscription goes live with the server's answer; none to follow is idle at once.
    if (sessionId === null) this.onStatus('idle');
    else this.subscribe();
  }

  connect() {
    this.onStatus('connecting');
    this.authenticated = false;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/api/sessions/live`);
    this.socket = socket;
    socket.addEventListener('open', () => this.send({ type: 'auth', token: this.token }));
    socket.addEventListener('message', (message) => this.receive(JSON.parse(message.data)));
    socket.addEventListener('close', () => this.closed(socket));
  }

  receive(message) {
    switch (message.type) {
      case 'auth_success':
        this.failures = 0;
        this.authenticated = true;
        this.heartbeat = setInterval(() => this.send({ type: 'ping' }), PING_MS);
        this.catchUp();
        break;
      case 'auth_error':
        this.stop();
        this.onRefused(message.message);
        break;
      case 'subscribed':
      case 'resumed':
        this.onStatus(this.sessionId === null ? 'idle' : 'live');
        this.onSynced();
        break;
      case 'error':
        // A position the server has not reached (e.g. its database was reset): start afresh.
        if (message.message.startsWith('lastEventId')) {
          this.lastEventId = null;
          this.catchUp();
        }
        break;
      default:
        if (typeof message.id === 'number') {
          this.lastEventId = message.id;
          this.onEvent(message);
        }
    }
  }

  /**
   * After auth: resume from the last event seen (the server replays what was missed), or, with
   * none seen yet, subscribe; either answer makes the page reload what it shows.
   */
  catchUp() {
    const sessionIds = this.sessionId === null ? [] : [this.sessionId];
    if (this.lastEventId !== null) {
      this.send({ type: 'resume', lastEventId: this.lastEventId, sessionIds, ...this.optIn() });
    } else if (this.sessionId !== null) {
      this.subscribe();
    } else {
      this.onStatus('idle');
      this.onSynced();
    }
  }

  subscribe() {
    this.send({ type: 'subscribe', sessionId: this.sessionId, ...this.optIn() });
  }

  /** The `events` member, present only when more than the core events are wanted. */
  optIn() {
    return this.events.length ? { events: this.events } : {};
  }

  closed(socket) {
    if (socket !== this.socket) return;
    clearInterval(this.heartbeat);
    this.authenticated = false;
    if (this.stopped) return;
    this.onStatus('offline');
    const delay = BACKOFF_SECONDS[Math.min(this.failures++, BACKOFF_SECONDS.length - 1)];
    this.retry = setTimeout(() => this.connect(), delay * 1000);
  }

  send(message) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }
}
