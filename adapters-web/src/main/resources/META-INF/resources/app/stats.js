// Stats: counts, and charts of the most played, most loved, most disliked and not lately played games.
import { api } from './api.js';
import { h, replace, showError } from './dom.js';
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

function charts(stats) {
  const label = (game) => game.title;
  return h('div', { className: 'charts' },
    chartCard('Most played', stats.most_played.map((game) => ({ label: label(game), value: game.play_count, text: `${game.play_count}×` })), 'played', 'No game has been played yet.'),
    chartCard('Most loved', stats.best_rated.map((game) => ({ label: label(game), value: Math.max(0, game.popularity_score), text: `${signed(game.popularity_score)} (↑ ${game.upvotes} ↓ ${game.downvotes})` })), 'loved', 'No votes yet.'),
    chartCard('Most disliked', stats.most_disliked.map((game) => ({ label: label(game), value: game.downvotes, text: `↓ ${game.downvotes} (↑ ${game.upvotes})` })), 'disliked', 'No down votes yet.'),
    chartCard('Not lately played', notLately(stats.not_lately_played), 'stale', 'Every enabled game was played lately.'));
}

function notLately(games) {
  const days = (game) => Math.floor((Date.now() - Date.parse(game.last_played_at)) / DAY_MS);
  const longest = Math.max(1, ...games.filter((game) => game.last_played_at).map(days));
  return games.map((game) => game.last_played_at
    ? { label: game.title, value: days(game), text: `${days(game)} day(s) ago` }
    : { label: game.title, value: longest, text: 'never' });
}

function signed(number) {
  return number > 0 ? `+${number}` : String(number);
}

function chartCard(title, items, tone, empty) {
  return h('figure', { className: 'card chart-card' },
    h('figcaption', {}, h('h3', {}, title)),
    items.length ? barChart(title, items, tone) : h('p', { className: 'muted' }, empty));
}
