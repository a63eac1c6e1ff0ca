// An audience poll as the pages show it live: kept up to date from the poll events of the WebSocket
// (poll.started, poll.tally, poll.ended; docs/api/endpoints/polls.md), drawn as bars with counts and
// a countdown to closes_at.
import { api } from './api.js';
import { h, plural } from './dom.js';

/** The poll events, to ask for in the live connection's `events`. */
export const POLL_EVENTS = ['poll.started', 'poll.tally', 'poll.ended'];

/**
 * The session's latest poll, followed from its events: `poll` is null or the poll's shape from
 * GET /api/polls/{id} (`status`, `closes_at`, `candidates`, `counts`, `winner`). `onChange(poll)`
 * runs after each change. A page opened (or reconnected) while a poll runs reads it with `catchUp`;
 * a tally of a poll not seen open reads it too. The server sends at most four tallies a second,
 * the last one with a burst's final counts.
 */
export class PollFollower {
  constructor(onChange) {
    this.onChange = onChange;
    this.poll = null;
  }

  /**
   * Reads the session's open poll, as a page opened or reconnected while one runs must; a poll
   * shown open that closed meanwhile is read again for its winner.
   */
  async catchUp(sessionId) {
    const [open] = await api.sessionPolls(sessionId, 'open');
    if (open) this.set(open);
    else if (this.poll?.status === 'open') this.set(await api.poll(this.poll.id));
  }

  /** Takes one live event; ignores those that are not about polls. */
  async receive(event) {
    const data = event.data?.poll;
    if (!POLL_EVENTS.includes(event.type) || !data) return;
    if (event.type === 'poll.started') {
      this.set({ ...data, session_id: event.data.session.id, status: 'open', counts: data.counts ?? data.candidates.map(() => 0), winner: null });
    } else if (this.poll?.id === data.id) {
      const ended = event.type === 'poll.ended';
      this.set({ ...this.poll, counts: data.counts, ...(ended ? { status: 'closed', winner: data.winner } : {}) });
    } else if (event.type === 'poll.tally') {
      this.set(await api.poll(data.id));
    }
  }

  /** Shows this poll (e.g. the answer of opening or closing it). */
  set(poll) {
    this.poll = poll;
    this.onChange(poll);
  }
}

/** The seconds left until the poll's closes_at, never below zero. */
export function secondsLeft(poll) {
  return Math.max(0, Math.ceil((Date.parse(poll.closes_at) - Date.now()) / 1000));
}

/** "0:42": a countdown's text. */
export function countdownText(seconds) {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * A countdown element to the poll's closes_at, ticking each second until `stop()`; the element is
 * `countdown.element`.
 */
export function countdown(poll) {
  const element = h('span', { className: 'countdown', role: 'timer' });
  const tick = () => {
    element.textContent = countdownText(secondsLeft(poll));
  };
  tick();
  const timer = setInterval(tick, 1000);
  return { element, stop: () => clearInterval(timer) };
}

/**
 * The candidates as a list of bars (a <progress> each, so no inline style is needed), with their
 * counts; the winner, once there is one, marked.
 */
export function pollBars(poll) {
  const total = poll.counts.reduce((sum, count) => sum + count, 0);
  return h('ol', { className: 'poll-bars', 'data-poll-id': poll.id }, poll.candidates.map(({ choice, game }, index) => {
    const count = poll.counts[index];
    const won = poll.winner?.choice === choice;
    return h('li', { className: won ? 'candidate winner' : 'candidate', 'data-choice': choice },
      h('span', { className: 'choice' }, `${choice}`),
      h('span', { className: 'candidate-title' }, game.title),
      h('span', { className: 'count', 'aria-label': plural(count, 'ballot') }, `${count}`),
      h('progress', { max: Math.max(total, 1), value: count, 'aria-label': `${game.title}: ${plural(count, 'ballot')}` }));
  }));
}
