// The overlay's poll panel: while the audience picks, each candidate with its bar, its ballots and
// the time left; once the poll ends, its winner for a few seconds.
import { h } from '../app/dom.js';
import { countdown, pollBars } from '../app/poll.js';

let stopCountdown = () => {};

/** The panel for the night's poll (null while none is shown). */
export function pollPanel(night, poll) {
  stopCountdown();
  if (poll?.session_id !== night.id) return null;
  const open = poll.status === 'open';
  let timer = null;
  if (open) {
    timer = countdown(poll);
    stopCountdown = timer.stop;
  }
  return h('section', { className: `panel poll ${open ? 'is-open' : 'is-ended'}`, 'aria-label': 'Audience poll' },
    h('p', { className: 'eyebrow' }, open ? 'Vote for the next game' : 'The audience picked'),
    open ? h('p', { className: 'how-to-vote' }, 'Type !vote and a number in chat · ', timer.element) : null,
    !open && poll.winner ? h('p', { className: 'title winner-title' }, poll.winner.game.title) : null,
    pollBars(poll));
}
