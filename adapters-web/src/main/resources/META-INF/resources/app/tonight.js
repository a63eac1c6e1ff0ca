// Tonight: start the night, pick (filters, pool size, play it or pick again) or let the audience
// pick in a poll, the now-playing card with live votes, the played list, end the night.
import { api } from './api.js';
import { h, replace, field, select, button, dateTime, plural, whenChanged, showError } from './dom.js';
import { groupPacks } from './packs.js';
import { POLL_EVENTS, PollFollower, countdown, pollBars } from './poll.js';

const NO_NIGHT = 'none';
const STATUSES = [['playing', 'Playing'], ['played', 'Played'], ['skipped', 'Skipped']];

/** Renders the screen into `container`; answers the shell's hooks for live events. */
export function render(container, { live }) {
  const view = {
    night: h('div'),
    nowPlaying: h('div'),
    picker: h('div'),
    poll: h('div'),
    played: h('div'),
  };
  replace(container, h('h2', { className: 'visually-hidden' }, 'Tonight'),
    view.night, view.nowPlaying, view.picker, view.poll, view.played);
  let session = null;
  let shownFor = null; // the session id (or NO_NIGHT) the start form or picker was built for
  let reloadTimer = null;
  let reloading = Promise.resolve();
  let pollCard = null;
  let pollToRead = true; // at the start and after each (re)connect: a poll may be running

  /** Reloads are queued, so an older answer never overwrites a newer one. */
  function reload() {
    reloading = reloading.catch(() => {}).then(load);
    return reloading;
  }

  async function load() {
    const current = session === null ? null : await api.session(session.id);
    session = current?.is_active === 1 ? current : await api.activeSession();
    live?.follow(session?.id ?? null);
    if (!session) {
      // Rendered once, so notes being typed survive the reloads that live events cause.
      if (shownFor !== NO_NIGHT) {
        shownFor = NO_NIGHT;
        replace(view.night, startForm(reload));
        replace(view.nowPlaying);
        replace(view.picker);
        replace(view.poll);
        replace(view.played);
      }
      return;
    }
    replace(view.night, nightCard(session, reload));
    replace(view.nowPlaying, nowPlayingCard(session));
    replace(view.played, playedList(session, reload));
    pollCard?.refresh();
    if (session.id !== shownFor) {
      shownFor = session.id;
      const picker = await pickCard(() => session, reload);
      pollCard?.dispose();
      pollCard = audiencePollCard(() => session, picker.filters, reload);
      replace(view.picker, picker.form);
      replace(view.poll, pollCard.element);
    }
    if (pollToRead) {
      pollToRead = false;
      await pollCard.catchUp();
    }
  }

  /** Many votes in a burst reload once. */
  function reloadSoon() {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => reload().catch(showError), 150);
  }

  reload().catch(showError);
  return {
    onSynced() {
      pollToRead = true;
      reloadSoon();
    },
    onLiveEvent(event) {
      const eventSession = event.data?.session?.id;
      if (POLL_EVENTS.includes(event.type)) {
        if (eventSession === session?.id) pollCard?.receive(event);
      } else if (event.type === 'session.started' || eventSession === session?.id) {
        reloadSoon();
      }
    },
    dispose: () => {
      clearTimeout(reloadTimer);
      pollCard?.dispose();
    },
  };
}

function startForm(reload) {
  const notes = h('textarea', { name: 'notes', rows: 2, maxLength: 10000, placeholder: 'Friday Game Night' });
  const form = h('form', { className: 'card' },
    h('h3', {}, 'No night is running'),
    field('Notes for tonight (optional)', notes),
    h('button', { type: 'submit', className: 'primary' }, 'Start night'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.startSession(notes.value.trim() || null);
      await reload();
    } catch (error) {
      showError(error);
    }
  });
  return form;
}

function nightCard(session, reload) {
  const confirm = h('span', { className: 'confirm', hidden: true }, 'End the night for everyone? ',
    button('Yes, end the night', async () => {
      await api.closeSession(session.id);
      await reload();
    }, { className: 'danger' }),
    button('Keep playing', async () => {
      confirm.hidden = true;
      endButton.hidden = false;
    }));
  const endButton = button('End night', async () => {
    endButton.hidden = true;
    confirm.hidden = false;
  });
  return h('div', { className: 'card night' },
    h('div', {},
      h('h3', {}, `Night #${session.id}`, session.notes ? `: ${session.notes}` : ''),
      h('p', { className: 'muted' }, `Started ${dateTime(session.created_at)} · ${plural(session.games_played, 'game')} played`)),
    h('div', { className: 'actions' }, endButton, confirm));
}

function nowPlayingCard(session) {
  const playing = session.games.findLast((play) => play.status === 'playing');
  if (!playing) return null;
  return h('article', { className: 'card now-playing', 'aria-labelledby': 'now-playing-title' },
    h('p', { className: 'eyebrow' }, 'Now playing'),
    h('h3', { id: 'now-playing-title' }, playing.title),
    h('p', { className: 'muted' }, playing.pack_name),
    h('p', { className: 'room-code-label' }, 'Room code'),
    h('p', { className: 'room-code', 'aria-label': `Room code ${playing.room_code ?? 'not set'}` },
      playing.room_code ?? '—'),
    h('p', { className: 'votes', 'aria-live': 'polite' },
      h('span', { className: 'up', 'aria-label': `${playing.upvotes} up votes` }, `↑ ${playing.upvotes}`),
      h('span', { className: 'down', 'aria-label': `${playing.downvotes} down votes` }, `↓ ${playing.downvotes}`)));
}

/**
 * The picker for the night `night()` returns (read afresh: the night changes as games are played):
 * its `form`, and `filters()` answering the filters chosen in it as POST /api/pick takes them.
 */
async function pickCard(night, reload) {
  const { parties, standalone } = groupPacks((await api.packs()).filter((pack) => pack.enabled));
  const players = h('input', { type: 'number', name: 'player_count', min: 1, max: 100, inputMode: 'numeric' });
  const audience = select('Audience', [['', 'Any'], ['true', 'With an audience mode'], ['false', 'Without an audience mode']]);
  const length = select('Length', [['', 'Any'], ['short', 'Short (up to 15 min)'], ['medium', 'Medium (16–25 min)'], ['long', 'Long (over 25 min)']]);
  const drawing = select('Drawing', [['', 'Any'], ['exclude', 'No drawing'], ['only', 'Drawing games only']]);
  const family = select('Family-friendly', [['', 'Any'], ['true', 'Family-friendly only'], ['false', 'Not family-friendly']]);
  const excludePlayed = h('input', { type: 'checkbox', name: 'exclude_played', checked: true, id: 'exclude-played' });
  const packBoxes = [];
  const packGroup = (legend, packs) => h('fieldset', {}, h('legend', {}, legend),
    packs.map((pack) => {
      const box = h('input', { type: 'checkbox', value: pack.name, name: 'packs' });
      packBoxes.push(box);
      return h('label', { className: 'check' }, box, pack.name);
    }));
  const packChoice = h('details', { className: 'packs' },
    h('summary', {}, 'Packs (all enabled packs unless some are ticked)'),
    packGroup('Party packs', parties), packGroup('Standalone games', standalone));
  const result = h('div', { className: 'pick-result', 'aria-live': 'polite' });
  let excluded = [];

  function filters() {
    const chosenPacks = packBoxes.filter((box) => box.checked).map((box) => box.value);
    const body = { session_id: night().id, exclude_played: excludePlayed.checked, exclude_ids: excluded };
    if (players.value) body.player_count = Number(players.value);
    if (audience.control.value) body.has_audience = audience.control.value === 'true';
    if (length.control.value) body.length = length.control.value;
    if (drawing.control.value) body.drawing = drawing.control.value;
    if (family.control.value) body.family_friendly = family.control.value === 'true';
    if (chosenPacks.length) body.packs = chosenPacks;
    return body;
  }

  async function pick() {
    try {
      const picked = await api.pick(filters());
      replace(result, pickedGame(picked, leftOut(), players.value, night(), reload, () => {
        excluded = [...excluded, picked.game.id];
        return pick();
      }));
    } catch (error) {
      replace(result, h('p', { className: 'error', role: 'alert' }, error.message));
    }
  }

  /** Why the pool is smaller than the enabled games: what this pick asked to leave out. */
  function leftOut() {
    const body = filters();
    const reasons = [];
    const filtered = ['player_count', 'has_audience', 'length', 'drawing', 'family_friendly', 'packs']
      .some((name) => name in body);
    if (filtered) reasons.push('games that do not fit the filters');
    const playedTonight = night().games.some((play) => play.status !== 'skipped');
    if (body.exclude_played && playedTonight) reasons.push('games played tonight');
    if (excluded.length > 0) reasons.push(`${plural(excluded.length, 'game')} picked and passed over`);
    return reasons;
  }

  const form = h('form', { className: 'card picker', 'aria-labelledby': 'pick-title' },
    h('h3', { id: 'pick-title' }, 'Pick the next game'),
    h('div', { className: 'grid' },
      field('Players', players), audience.element, length.element, drawing.element, family.element),
    packChoice,
    h('label', { className: 'check' }, excludePlayed, 'Leave out games played tonight'),
    h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'primary' }, 'Pick')),
    result);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    excluded = [];
    pick();
  });
  return { form, filters };
}

/** The filters of POST /api/pick that a poll takes as well. */
const POLL_FILTERS = ['player_count', 'has_audience', 'length', 'drawing', 'family_friendly', 'packs'];

/**
 * "Let the audience pick": opens a poll among candidates the picker draws with the picker's filters,
 * shows its bars live with a countdown, closes it early, plays the winner. Answers its `element`,
 * `receive(event)` for the poll events and `dispose()`.
 */
function audiencePollCard(night, pickFilters, reload) {
  const candidates = h('input', { type: 'number', name: 'poll_candidates', min: 2, max: 5, value: 3, inputMode: 'numeric' });
  const duration = select('Duration', [['60', '1 minute'], ['30', '30 seconds'], ['120', '2 minutes'], ['300', '5 minutes']]);
  const status = h('div', { className: 'poll-status', 'aria-live': 'polite' });
  let stopCountdown = () => {};
  const follower = new PollFollower(showPoll);

  function showPoll(poll) {
    stopCountdown();
    stopCountdown = () => {};
    if (!poll) {
      replace(status);
      return;
    }
    if (poll.status === 'open') {
      const timer = countdown(poll);
      stopCountdown = timer.stop;
      replace(status,
        h('p', {}, 'Open: chat votes with ', h('code', {}, '!vote N'), ' · closes in ', timer.element),
        pollBars(poll),
        h('div', { className: 'actions' },
          button('Close now', () => close(poll, false)),
          button('Play the winner', () => close(poll, true), { className: 'primary' })));
    } else {
      const played = night().games.some((play) => play.status === 'playing' && play.game_id === poll.winner?.game.id);
      replace(status,
        h('p', {}, 'Closed. The audience picked ', h('strong', { className: 'poll-winner' }, poll.winner?.game.title ?? '—'),
          played ? ': it is playing now.' : '.'),
        pollBars(poll),
        played ? null : h('div', { className: 'actions' },
          button('Play the winner', () => playWinner(poll), { className: 'primary' })));
    }
  }

  async function open() {
    const filters = pickFilters();
    const body = { candidates: Number(candidates.value), duration_seconds: Number(duration.control.value) };
    for (const name of POLL_FILTERS) {
      if (name in filters) body[name] = filters[name];
    }
    try {
      follower.set(await api.openPoll(night().id, body));
    } catch (error) {
      replace(status, h('p', { className: 'error', role: 'alert' }, error.message));
    }
  }

  async function close(poll, play) {
    const closed = await api.closePoll(poll.id, play);
    if (play) await reload();
    follower.set(closed);
  }

  /** Once closed without play: starts the winner as "Play it" does. */
  async function playWinner(poll) {
    await api.addGame(night().id, { game_id: poll.winner.game.id });
    await reload();
  }

  const form = h('form', { className: 'card audience-poll', 'aria-labelledby': 'poll-title' },
    h('h3', { id: 'poll-title' }, 'Let the audience pick'),
    h('p', { className: 'muted' }, 'The picker draws the candidates with the filters above; the stream’s chat votes.'),
    h('div', { className: 'grid' }, field('Candidates', candidates, '2 to 5'), duration.element),
    h('div', { className: 'actions' }, h('button', { type: 'submit' }, 'Open poll')),
    status);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    open();
  });
  return {
    element: form,
    receive: (event) => follower.receive(event).catch(showError),
    /** Shows the night's open poll, when the screen opens (or reconnects) while one runs. */
    catchUp: () => follower.catchUp(night().id),
    /** After the night reloaded: whether a closed poll's winner is playing may have changed. */
    refresh: () => {
      if (follower.poll?.status === 'closed') showPoll(follower.poll);
    },
    dispose: () => stopCountdown(),
  };
}

function pickedGame({ game, pool_size: poolSize, total_enabled: totalEnabled }, leftOut, playerCount, session, reload, pickAgain) {
  const roomCode = h('input', { name: 'room_code', maxLength: 4, autocapitalize: 'characters', autocomplete: 'off',
    pattern: '[A-Za-z]{4}', placeholder: 'ABCD', className: 'code-input' });
  const count = h('input', { type: 'number', name: 'play_player_count', min: 1, max: 100, value: playerCount });
  async function playIt() {
    const play = await api.addGame(session.id, { game_id: game.id, room_code: roomCode.value.trim() || null });
    if (count.value) await api.setPlayerCount(session.id, play.id, Number(count.value));
    await reload();
    replace(roomCode.closest('.pick-result'));
  }
  return h('div', { className: 'picked' },
    h('p', { className: 'eyebrow' }, 'The picker says'),
    h('h4', { className: 'picked-title' }, game.title),
    h('p', { className: 'muted' }, `${game.pack_name} · ${game.min_players}–${game.max_players} players`,
      game.length_minutes ? ` · ${game.length_minutes} min` : '', game.drawing ? ' · drawing' : ''),
    h('p', { className: 'pool' }, `Picked from ${poolSize} of ${plural(totalEnabled, 'enabled game')}.`,
      poolSize < totalEnabled && leftOut.length ? ` Left out: ${leftOut.join('; ')}.` : ''),
    h('div', { className: 'grid' }, field('Room code (optional)', roomCode), field('Player count (optional)', count)),
    h('div', { className: 'actions' },
      button('Play it', playIt, { className: 'primary' }),
      button('Pick again', pickAgain)));
}

function playedList(session, reload) {
  if (session.games.length === 0) {
    return h('div', { className: 'card' }, h('h3', {}, 'Played tonight'), h('p', { className: 'muted' }, 'Nothing yet: pick a game.'));
  }
  const rows = [...session.games].reverse().map((play) => {
    const status = h('select', { 'aria-label': `Status of ${play.title}` },
      STATUSES.map(([value, text]) => h('option', { value }, text)));
    status.value = play.status;
    whenChanged(status, () => api.setStatus(session.id, play.id, status.value), reload);
    return h('li', { className: `play ${play.status}` },
      h('div', { className: 'play-main' },
        h('strong', {}, play.title),
        h('span', { className: 'muted' }, ` ${play.pack_name}`),
        h('span', { className: 'muted small' },
          [play.room_code ? `Room ${play.room_code}` : null, play.player_count ? `${play.player_count} players` : null,
            `↑ ${play.upvotes} ↓ ${play.downvotes}`].filter(Boolean).join(' · '))),
      h('div', { className: 'actions' }, status,
        button('Remove', async () => {
          await api.removeGame(session.id, play.id);
          await reload();
        }, { 'aria-label': `Remove ${play.title}` })));
  });
  return h('div', { className: 'card' }, h('h3', {}, 'Played tonight'), h('ol', { className: 'plays', reversed: true }, rows));
}
