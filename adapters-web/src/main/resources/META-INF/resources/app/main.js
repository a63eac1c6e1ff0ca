// The shell: sign-in, navigation between the screens (#/tonight, #/catalog, ...), the error and
// notice areas, and the live connection's indicator (shown while a night runs, or while the
// connection is down).
import { api, auth, ApiError } from './api.js';
import { LiveConnection } from './live.js';
import { POLL_EVENTS } from './poll.js';
import { h, replace, field } from './dom.js';
import * as tonight from './tonight.js';
import * as catalog from './catalog.js';
import * as history from './history.js';
import * as stats from './stats.js';
import * as webhooks from './webhooks.js';
import * as bots from './bots.js';

const SCREENS = { tonight, catalog, history, stats, webhooks, bots };
const LIVE_TEXT = { connecting: 'Connecting…', live: 'Live', idle: '', offline: 'Live connection lost: reconnecting…' };

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const liveIndicator = document.getElementById('live');
const signOutButton = document.getElementById('sign-out');
const errorArea = document.getElementById('error');
const noticeArea = document.getElementById('notice');

let live = null;
let screen = null;
let expiryTimer = null;

document.addEventListener('app:error', (event) => showError(event.detail));
document.addEventListener('app:notice', (event) => {
  noticeArea.textContent = event.detail;
  noticeArea.hidden = false;
});
window.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  showError(event.reason);
});
window.addEventListener('hashchange', route);
signOutButton.addEventListener('click', () => auth.signOut('You signed out.'));
auth.onSignedOut((message) => showSignIn(message));

if (auth.token()) {
  signedIn();
} else {
  showSignIn(auth.expired() ? 'Your sign-in expired. Sign in again with the admin key.' : null);
}

function showError(error) {
  if (error instanceof ApiError && error.status === 401 && !auth.token()) return;
  errorArea.textContent = error instanceof Error ? error.message : String(error);
  errorArea.hidden = false;
}

function clearMessages() {
  errorArea.hidden = true;
  noticeArea.hidden = true;
}

function showSignIn(message) {
  live?.stop();
  live = null;
  screen?.dispose?.();
  screen = null;
  clearTimeout(expiryTimer);
  nav.hidden = true;
  liveIndicator.hidden = true;
  signOutButton.hidden = true;
  clearMessages();
  const key = h('input', { type: 'password', name: 'key', autocomplete: 'current-password', required: true });
  const problem = h('p', { className: 'error', role: 'alert', hidden: !message }, message ?? '');
  const form = h('form', { className: 'card sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h2', { id: 'sign-in-title' }, 'Sign in'),
    h('p', {}, 'Use the admin key: the server writes it to data/admin.key on its first start, or takes it from ADMIN_KEY.'),
    field('Admin key', key),
    problem,
    h('button', { type: 'submit', className: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await auth.signIn(key.value.trim());
      signedIn();
    } catch (error) {
      problem.textContent = error.message;
      problem.hidden = false;
      key.focus();
    }
  });
  replace(main, form);
  key.focus();
}

function signedIn() {
  nav.hidden = false;
  signOutButton.hidden = false;
  clearMessages();
  expiryTimer = setTimeout(
    () => auth.signOut('Your sign-in expired. Sign in again with the admin key.'),
    Math.max(0, auth.expiresAt() - Date.now()));
  live = new LiveConnection(auth.token(), {
    events: [...POLL_EVENTS, 'game.room_code_changed'],
    onStatus: showLiveStatus,
    onEvent: (event) => {
      followNight(event);
      screen?.onLiveEvent?.(event);
    },
    onSynced: () => screen?.onSynced?.(),
    onRefused: (message) => auth.signOut(`The server refused the sign-in (${message}). Sign in again with the admin key.`),
  });
  live.start();
  api.activeSession().then((night) => live?.follow(night?.id ?? null)).catch(showError);
  route();
}

/** Follows the night that starts, and no night once it ends, whichever screen is shown. */
function followNight(event) {
  const night = event.data?.session;
  if (event.type === 'session.started') live.follow(night.id);
  else if (event.type === 'session.ended' && night?.id === live.sessionId) live.follow(null);
}

function showLiveStatus(status) {
  liveIndicator.textContent = LIVE_TEXT[status];
  liveIndicator.className = `live is-${status}`;
  liveIndicator.hidden = status === 'idle';
}

function route() {
  if (!auth.token()) return;
  const name = location.hash.replace(/^#\/?/, '') || 'tonight';
  const next = SCREENS[name] ?? tonight;
  for (const link of nav.querySelectorAll('a')) {
    if (link.hash === `#/${name}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  screen?.dispose?.();
  clearMessages();
  const container = h('section', { className: 'screen' });
  replace(main, container);
  screen = next.render(container, { live });
}
