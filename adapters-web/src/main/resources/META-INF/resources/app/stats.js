// Stats: counts, and charts of the most played, most loved, most disliked and not lately played games.
import { api } from './api.js';
import { h, replace, plural, showError } from './dom.js';
import { barChart } from './charts.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export function render(container) {
  replace(container, h('h2', {}, 'Stats'), h('p', { className: 'muted' }, 'Loading…'));
  api.stats().then((stats) => replace(container, h('h2', {}, 'Stats'), counts(stats), charts(stats))).catch(showError);
  return {};
}

function counts(stats) {
  const figures = [
    ['Games', stats.total_games], ['Enabled', stats.enabled_games], ['Packs', stats.total_packs],
    ['Nights', stats.total_sessions], ['Games played', stats.games_played], ['Votes', stats.total_votes],
  ];
  return h('dl', { className: 'figures' },
    figures.map(([name, value]) => h('div', { className: 'figure' }, h('dt', {}, name), h('dd', {}, value))));
}

/**
 * A game is loved when it has more up votes than down votes, disliked when it has more down votes
 * than up: the two charts never name the same game, and a game with as many of each is in neither.
 */
function charts(stats) {
  const loved = stats.best_rated.filter((game) => game.upvotes > game.downvotes);
  const disliked = stats.most_disliked.filter((game) => game.downvotes > game.upvotes);
  return h('div', { className: 'charts' },
    chartCard('Most played', stats.most_played.map((game) => ({ label: game.title, value: game.play_count, text: `${game.play_count}×` })), 'played', 'No game has been played yet.'),
    chartCard('Most loved', loved.map((game) => ({ label: game.title, value: game.popularity_score, text: `${signed(game.popularity_score)} (↑ ${game.upvotes} ↓ ${game.downvotes})` })), 'loved', 'No game has more up votes than down votes yet.'),
    chartCard('Most disliked', disliked.map((game) => ({ label: game.title, value: game.downvotes, text: `↓ ${game.downvotes} (↑ ${game.upvotes})` })), 'disliked', 'No game has more down votes than up votes.'),
    chartCard('Not lately played', notLately(stats.not_lately_played), 'stale', 'Every enabled game was played lately.'));
}

/** Days since each game was last played; a game never played has no bar, only the words. */
function notLately(games) {
  const days = (game) => Math.floor((Date.now() - Date.parse(game.last_played_at)) / DAY_MS);
  return games.map((game) => game.last_played_at
    ? { label: game.title, value: days(game), text: days(game) === 0 ? 'today' : `${plural(days(game), 'day')} ago` }
    : { label: game.title, value: null, text: 'never played' });
}

function signed(number) {
  return number > 0 ? `+${number}` : String(number);
}

function chartCard(title, items, tone, empty) {
  return h('figure', { className: 'card chart-card' },
    h('figcaption', {}, h('h3', {}, title)),
    items.length ? barChart(title, items, tone) : h('p', { className: 'muted' }, empty));
}
