// The stream overlay (/overlay/#token=…), for OBS's browser source: what the night shows the
// audience, live, on a transparent page; nothing at all while no night runs. The bot token (live
// scope) stays in the URL's fragment, which the browser never sends to the server.
import { api } from '../app/api.js';
import { LiveConnection } from '../app/live.js';
import { h, replace } from '../app/dom.js';
import { nowPlaying } from './now-playing.js';

/** The query options and their values, the first one the default. */
const OPTIONS = {
  corner: ['bottom-left', 'bottom-right', 'top-left', 'top-right'],
  theme: ['dark', 'light'],
  size: ['medium', 'small', 'large'],
};

/** Events besides the core four that change what the overlay shows. */
const EVENTS = ['game.status_changed', 'game.removed', 'session.deleted'];

/**
 * The overlay's parts, top to bottom: each renders from the night (the session with its games, as
 * GET /api/sessions/{id} answers) an element, or null to show nothing.
 */
const PANELS = [nowPlaying];

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

  const live = new LiveConnection(liveToken, {
    events: EVENTS,
    onStatus: () => {},
    onEvent(event) {
      const eventNight = event.data?.session?.id;
      if (event.type === 'session.started') live.follow(eventNight);
      else if (eventNight !== night?.id) return;
      if (event.type === 'session.ended' || event.type === 'session.deleted') night = null;
      reloadSoon();
    },
    onSynced: reloadSoon,
    onRefused: (message) => showProblem(`The server refused this overlay’s token (${message}): copy a new overlay URL from the Picker’s Bots & overlay screen.`),
  });

  /** Reads the night afresh (the one followed while it runs, else the active one, if any) and shows it. */
  async function load() {
    const current = night === null ? null : await api.session(night.id);
    night = current?.is_active === 1 ? current : await api.activeSession();
    live.follow(night?.id ?? null);
    show(night);
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

function show(night) {
  const parts = night ? PANELS.map((panel) => panel(night)).filter(Boolean) : [];
  replace(root, parts);
  root.hidden = parts.length === 0;
}

/** For the host setting the overlay up: says what is wrong, in the overlay's place. */
function showProblem(message) {
  replace(root, h('p', { className: 'panel problem', role: 'alert' }, message));
  root.hidden = false;
}
