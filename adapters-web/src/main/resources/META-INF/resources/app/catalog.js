// Catalog: search and filter the games, enable or disable them, favour or disfavour them, mark the
// packs the host owns, and import or export the catalog as CSV.
import { api } from './api.js';
import { h, replace, field, select, button, download, plural, whenChanged, showError, showNotice } from './dom.js';
import { groupPacks } from './packs.js';

const FAVOR = [['1', 'Favoured'], ['0', 'Neutral'], ['-1', 'Disfavoured']];

export function render(container) {
  const search = h('input', { type: 'search', name: 'q', placeholder: 'Quiplash' });
  const enabled = select('Shown', [['', 'All games'], ['true', 'Enabled only'], ['false', 'Disabled only']]);
  const pack = select('Pack', [['', 'All packs']]);
  const players = h('input', { type: 'number', name: 'player_count', min: 1, max: 100 });
  const list = h('ul', { className: 'games', 'aria-label': 'Games' });
  const count = h('p', { className: 'muted', 'aria-live': 'polite' });
  const partyList = h('ul', { className: 'owned-packs', 'aria-labelledby': 'party-packs-title' });
  const standaloneList = h('ul', { className: 'owned-packs', 'aria-labelledby': 'standalone-title' });

  async function loadGames() {
    const filters = {};
    if (search.value.trim()) filters.q = search.value.trim();
    if (enabled.control.value) filters.enabled = enabled.control.value;
    if (pack.control.value) filters.pack = pack.control.value;
    if (players.value) filters.player_count = players.value;
    try {
      const games = await api.games(filters);
      count.textContent = plural(games.length, 'game');
      replace(list, games.map((game) => gameRow(game, loadGames)));
    } catch (error) {
      showError(error);
    }
  }

  async function loadPacks() {
    const { parties, standalone } = groupPacks(await api.packs());
    const chosen = pack.control.value;
    const options = (packs) => packs.map((p) => h('option', { value: p.name }, p.name));
    replace(pack.control, h('option', { value: '' }, 'All packs'),
      h('optgroup', { label: 'Party packs' }, options(parties)),
      h('optgroup', { label: 'Standalone games' }, options(standalone)));
    pack.control.value = chosen;
    const reloadAll = async () => {
      await loadPacks();
      await loadGames();
    };
    replace(partyList, parties.map((p) => packRow(p, reloadAll)));
    replace(standaloneList, standalone.map((p) => packRow(p, reloadAll)));
  }

  let typing = null;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(loadGames, 250);
  });
  for (const control of [enabled.control, pack.control, players]) control.addEventListener('change', loadGames);

  replace(container,
    h('h2', {}, 'Catalog'),
    h('div', { className: 'card' },
      h('div', { className: 'grid' }, field('Search titles', search), enabled.element, pack.element, field('Players', players)),
      count,
      list),
    h('details', { className: 'card' },
      h('summary', {}, h('h3', { className: 'inline' }, 'Owned packs')),
      h('p', { className: 'muted' }, 'Untick a pack you do not own: its games are disabled and never picked.'),
      h('h4', { id: 'party-packs-title' }, 'Party packs'),
      partyList,
      h('h4', { id: 'standalone-title' }, 'Standalone games'),
      standaloneList),
    csvCard(async () => {
      await loadPacks();
      await loadGames();
    }));
  loadPacks().then(loadGames).catch(showError);
  return { dispose: () => clearTimeout(typing) };
}

function gameRow(game, reload) {
  const enabled = h('input', { type: 'checkbox', checked: game.enabled });
  whenChanged(enabled, () => api.toggleGame(game.id), reload);
  const favor = h('select', { 'aria-label': `Favour for ${game.title}` },
    FAVOR.map(([value, text]) => h('option', { value }, text)));
  favor.value = String(game.favor_bias);
  whenChanged(favor, () => api.favorGame(game.id, Number(favor.value)), reload);
  return h('li', { className: `game${game.enabled ? '' : ' disabled'}` },
    h('div', {},
      h('strong', {}, game.title),
      h('span', { className: 'muted small' },
        `${game.pack_name} · ${game.min_players}–${game.max_players} players`,
        game.length_minutes ? ` · ${game.length_minutes} min` : '',
        ` · played ${game.play_count}× · ↑ ${game.upvotes} ↓ ${game.downvotes}`)),
    h('div', { className: 'actions' },
      h('label', { className: 'check' }, enabled, h('span', {}, 'Enabled',
        h('span', { className: 'visually-hidden' }, `: ${game.title}`))),
      favor));
}

function packRow(pack, reload) {
  const owned = h('input', { type: 'checkbox', checked: pack.enabled });
  whenChanged(owned, () => api.togglePack(pack.name, owned.checked), reload);
  return h('li', {}, h('label', { className: 'check' }, owned,
    `${pack.name} `, h('span', { className: 'muted small' }, `(${pack.enabled_count}/${pack.game_count} enabled)`)));
}

function csvCard(reload) {
  const file = h('input', { type: 'file', accept: '.csv,text/csv', name: 'csv' });
  const mode = select('Import mode', [['append', 'Append: add new games only'], ['replace', 'Replace: make the catalog match the file']]);
  return h('div', { className: 'card' },
    h('h3', {}, 'CSV'),
    h('div', { className: 'actions' },
      button('Export catalog as CSV', async () => download('gamepicker-catalog.csv', await api.exportCsv(), 'text/csv'))),
    h('div', { className: 'grid' }, field('CSV file to import', file), mode.element),
    h('div', { className: 'actions' },
      button('Import', async () => {
        if (!file.files.length) throw new Error('Choose a CSV file to import first.');
        const result = await api.importCsv(await file.files[0].text(), mode.control.value);
        showNotice(`Imported: ${summary(result)}`);
        await reload();
      })));
}

function summary(result) {
  return Object.entries(result)
    .filter(([, value]) => typeof value === 'number')
    .map(([name, value]) => `${value} ${name.replaceAll('_', ' ')}`)
    .join(', ');
}
