// The overlay's main panel: the game playing with its room code and its live ↑/↓ votes, or, between
// games, the night waiting for the next one.
import { h } from '../app/dom.js';

/** The panel for the night (the session with its games). */
export function nowPlaying(night) {
  const playing = night.games.findLast((play) => play.status === 'playing');
  if (!playing) {
    return h('section', { className: 'panel now-playing between-games', 'aria-label': 'Game night' },
      h('p', { className: 'eyebrow' }, 'Game night'),
      night.notes ? h('p', { className: 'notes' }, night.notes) : null,
      h('p', { className: 'waiting' }, 'Picking the next game…'));
  }
  return h('section', { className: 'panel now-playing', 'aria-label': 'Now playing' },
    h('p', { className: 'eyebrow' }, 'Now playing'),
    h('p', { className: 'title' }, playing.title),
    h('p', { className: 'pack' }, playing.pack_name),
    playing.room_code ? [
      h('p', { className: 'room-code-label' }, 'Room code'),
      h('p', { className: 'room-code', 'aria-label': `Room code ${playing.room_code}` }, playing.room_code),
    ] : null,
    h('p', { className: 'votes' },
      h('span', { className: 'up', 'aria-label': `${playing.upvotes} up votes` }, `↑ ${playing.upvotes}`),
      h('span', { className: 'down', 'aria-label': `${playing.downvotes} down votes` }, `↓ ${playing.downvotes}`)));
}
