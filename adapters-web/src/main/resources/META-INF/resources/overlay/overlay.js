// The stream overlay (/overlay/#token=…), for OBS's browser source: what the night shows the
// audience, live, on a transparent page; nothing at all while no night runs. The bot token (live
// scope) stays in the URL's fragment, which the browser never sends to the server.
import { api } from '../app/api.js';
import { LiveConnection } from '../app/live.js';
import { h, replace } from '../app/dom.js';
import { POLL_EVENTS, PollFollower } from '../app/poll.js';
import { nowPlaying } from './now-playing.js';
import { pollPanel } from './poll-panel.js';

/** The query options and their values, the first one the default. */
const OPTIONS = {
  corner: ['bottom-left', 'bottom-right', 'top-left', 'top-right'],
  theme: ['dark', 'light'],
  size: ['medium', 'small', 'large'],
};

/** Events besides the core four that change what the overlay shows. */
const EVENTS = ['game.status_changed', 'game.removed', 'game.room_code_changed', 'session.deleted', ...POLL_EVENTS];

/** How long the winner of a poll stays on the overlay. */
const WINNER_MS = 8000;

/**
 * The overlay's parts, top to bottom: each renders from the night (the session with its games, as
 * GET /api/sessions/{id} answers) and its poll (null when none is shown) an element, or null to
 * show nothing.
 */
const PANELS = [nowPlaying, pollPanel];

const root = document.getElementById('overlay');
applyOptions(new URLSearchParams(location.search));
const token = new URLSearchParams(location.hash.slice(1)).get('token');
if (token) {
  follow(token);
} else {
  showProblem('This overlay URL has no token: copy the overlay URL from the Picker’s Bots & overlay screen.');
}

/** Each option as a class on the overlay (`corner-top-right`, `theme-light`, ...); unknown values fall back to the default. */
function applyOptions(query) {
  for (const [name, values] of Object.entries(OPTIONS)) {
    const value = values.includes(query.get(name)) ? query.get(name) : values[0];
    root.classList.add(`${name}-${value}`);
  }
}

function follow(liveToken) {
  let night = null;
  let reloadTimer = null;
  let loading = Promise.resolve();
  let winnerTimer = null;
  let pollToRead = true; // at the start and after each (re)connect: a poll may be running
  const polls = new PollFollower((poll) => {
    clearTimeout(winnerTimer);
    if (poll?.status === 'closed') winnerTimer = setTimeout(() => polls.set(null), WINNER_MS);
    show(night, poll);
  });

  const live = new LiveConnection(liveToken, {
    events: EVENTS,
    onStatus: () => {},
    onEvent(event) {
      const eventNight = event.data?.session?.id;
      if (event.type === 'session.started') live.follow(eventNight);
      else if (eventNight !== night?.id) return;
      if (event.type === 'session.ended' || event.type === 'session.deleted') night = null;
      if (POLL_EVENTS.includes(event.type)) polls.receive(event).catch(() => {});
      else reloadSoon();
    },
    onSynced() {
      pollToRead = true;
      reloadSoon();
    },
    onRefused: (message) => showProblem(`The server refused this overlay’s token (${message}): copy a new overlay URL from the Picker’s Bots & overlay screen.`),
  });

  /** Reads the night afresh (the one followed while it runs, else the active one, if any) and shows it. */
  async function load() {
    const current = night === null ? null : await api.session(night.id);
    night = current?.is_active === 1 ? current : await api.activeSession();
    live.follow(night?.id ?? null);
    if (night && pollToRead) {
      pollToRead = false;
      await polls.catchUp(night.id);
    }
    show(night, polls.poll);
  }

  /** A burst of events reloads once; a failed reload (the server restarting) waits for the next sync. */
  function reloadSoon() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      loading = loading.then(load).catch(() => {});
    }, 150);
  }

  live.start();
}

function show(night, poll) {
  const parts = night ? PANELS.map((panel) => panel(night, poll)).filter(Boolean) : [];
  replace(root, parts);
  root.hidden = parts.length === 0;
}

/** For the host setting the overlay up: says what is wrong, in the overlay's place. */
function showProblem(message) {
  replace(root, h('p', { className: 'panel problem', role: 'alert' }, message));
  root.hidden = false;
}
