// History: past nights with their games and votes, and the session export (text and JSON).
import { api } from './api.js';
import { h, replace, button, dateTime, download, plural, showError } from './dom.js';

export function render(container) {
  const list = h('ol', { className: 'nights', 'aria-label': 'Past nights' });
  replace(container, h('h2', {}, 'History'), list);
  api.sessions().then((sessions) => {
    const past = sessions.filter((session) => session.is_active === 0);
    replace(list, past.length ? past.map(night) : h('li', { className: 'card muted' }, 'No night has ended yet.'));
  }).catch(showError);
  return {};
}

function night(session) {
  const body = h('div', { className: 'night-body' }, h('p', { className: 'muted' }, 'Loading…'));
  const details = h('details', { className: 'card night-entry' },
    h('summary', {},
      h('strong', {}, `Night #${session.id}`, session.notes ? `: ${session.notes}` : ''),
      h('span', { className: 'muted small' }, ` ${dateTime(session.created_at)} · ${plural(session.games_played, 'game')} played`)),
    body);
  details.addEventListener('toggle', async () => {
    if (!details.open || body.dataset.loaded) return;
    try {
      const full = await api.session(session.id);
      body.dataset.loaded = 'true';
      replace(body, plays(full), exports(session.id));
    } catch (error) {
      showError(error);
    }
  });
  return h('li', {}, details);
}

function plays(session) {
  if (session.games.length === 0) return h('p', { className: 'muted' }, 'No games were played.');
  return h('table', {},
    h('caption', { className: 'visually-hidden' }, `Games of night #${session.id}`),
    h('thead', {}, h('tr', {}, ['Game', 'Status', 'Players', '↑', '↓'].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, session.games.map((play) => h('tr', { className: play.status },
      h('td', {}, h('strong', {}, play.title), h('br'), h('span', { className: 'muted small' }, play.pack_name)),
      h('td', {}, play.status),
      h('td', {}, play.player_count ?? ''),
      h('td', {}, play.upvotes),
      h('td', {}, play.downvotes)))));
}

function exports(sessionId) {
  const preview = h('pre', { className: 'export', hidden: true, tabIndex: 0, 'aria-label': 'Export' });
  return h('div', {},
    h('div', { className: 'actions' },
      button('Show as text', async () => {
        preview.textContent = await api.exportSession(sessionId, 'txt');
        preview.hidden = false;
      }),
      button('Download text', async () =>
        download(`gamepicker-night-${sessionId}.txt`, await api.exportSession(sessionId, 'txt'), 'text/plain')),
      button('Download JSON', async () =>
        download(`gamepicker-night-${sessionId}.json`, JSON.stringify(await api.exportSession(sessionId), null, 2), 'application/json'))),
    preview);
}
