// Bots & overlay: the stream overlay's URL with a freshly minted token, bot tokens for chat bots
// (each shown once, when minted), the list of tokens and revoking one.
import { api } from './api.js';
import { h, replace, field, select, button, copyButton, dateTime, showError } from './dom.js';

/** The scopes a bot token can have (docs/api/endpoints/auth.md), with what each allows. */
const SCOPES = [
  ['live', 'Follow the night live over the WebSocket (bots, the overlay)'],
  ['votes', 'Post live votes and chat imports'],
];

export function render(container) {
  const list = h('ul', { className: 'tokens', 'aria-label': 'Bot tokens' });

  async function load() {
    const tokens = await api.tokens();
    replace(list, tokens.length ? tokens.map((token) => tokenRow(token, load))
      : h('li', { className: 'muted' }, 'No bot tokens yet.'));
  }

  replace(container, h('h2', {}, 'Bots & overlay'), overlayCard(load), mintForm(load),
    h('div', { className: 'card' }, h('h3', {}, 'Bot tokens'), list));
  load().catch(showError);
  return {};
}

/** The overlay's options, a button that mints a live token for it, and its URL to copy. */
function overlayCard(reload) {
  const corner = select('Corner', [['bottom-left', 'Bottom left'], ['bottom-right', 'Bottom right'],
    ['top-left', 'Top left'], ['top-right', 'Top right']]);
  const theme = select('Theme', [['dark', 'Dark'], ['light', 'Light']]);
  const size = select('Size', [['medium', 'Medium'], ['small', 'Small'], ['large', 'Large']]);
  const url = h('input', { readOnly: true, name: 'overlay_url', className: 'copy-value', spellcheck: false });
  const minted = h('div', { className: 'secret', hidden: true, role: 'status' },
    field('Overlay URL', url),
    h('p', { className: 'muted small' }, 'Copy it now: its token is shown only this once. Whoever has the URL can follow the night, so keep it like a password; revoke its token below to cut it off.'),
    copyButton('Copy overlay URL', () => url.value, url, { className: 'primary' }));
  let token = null;

  function update() {
    if (token === null) return;
    const query = new URLSearchParams({ corner: corner.control.value, theme: theme.control.value, size: size.control.value });
    url.value = `${location.origin}/overlay/?${query}#token=${encodeURIComponent(token)}`;
  }
  for (const option of [corner, theme, size]) option.control.addEventListener('change', update);

  const create = button('Create overlay URL', async () => {
    token = (await api.mintToken(`Stream overlay, ${new Date().toLocaleString()}`, ['live'])).token;
    update();
    minted.hidden = false;
    await reload();
  }, { className: 'primary' });

  return h('section', { className: 'card', 'aria-labelledby': 'overlay-title' },
    h('h3', { id: 'overlay-title' }, 'Overlay for the stream'),
    h('p', {}, 'A page for OBS’s browser source (1920×1080 or 1280×720): the room code and the game playing with its live votes, on a transparent background; nothing while no night runs. Each URL holds a new token with the live scope.'),
    h('div', { className: 'grid' }, corner.element, theme.element, size.element),
    h('div', { className: 'actions' }, create),
    minted);
}

function mintForm(reload) {
  const name = h('input', { name: 'token_name', required: true, maxLength: 100, placeholder: 'Twitch chat bot' });
  const scopes = h('fieldset', {}, h('legend', {}, 'Scopes (at least one)'),
    SCOPES.map(([scope, text]) => h('label', { className: 'check' },
      h('input', { type: 'checkbox', name: 'scopes', value: scope }), h('span', {}, h('strong', {}, scope), ` · ${text}`))));
  const shown = h('div', { 'aria-live': 'polite' });
  const form = h('form', {},
    field('Token name', name, 'What it is for, e.g. the bot or the machine that holds it'),
    scopes,
    h('button', { type: 'submit', className: 'primary' }, 'Create token'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const chosen = [...scopes.querySelectorAll('input:checked')].map((box) => box.value);
      const created = await api.mintToken(name.value.trim(), chosen);
      const value = h('input', { readOnly: true, value: created.token, className: 'copy-value', spellcheck: false });
      replace(shown, h('div', { className: 'secret', role: 'status' },
        h('h4', {}, `Token “${created.name}”`),
        field('Token', value),
        h('p', { className: 'muted small' }, 'Copy it now into the bot’s configuration: it is shown only this once.'),
        copyButton('Copy token', () => value.value, value)));
      form.reset();
      await reload();
    } catch (error) {
      showError(error);
    }
  });
  // The token is shown outside the form, so that resetting the form keeps it on the screen.
  return h('section', { className: 'card' }, h('h3', {}, 'New bot token'), form, shown);
}

function tokenRow(token, reload) {
  return h('li', { className: 'token' },
    h('div', {},
      h('strong', {}, token.name),
      h('span', { className: 'muted small' }, `Scopes: ${token.scopes.join(', ')}`),
      h('span', { className: 'muted small' }, `Created ${dateTime(token.created_at)} · `,
        token.last_used_at ? `last used ${dateTime(token.last_used_at)}` : 'never used')),
    h('div', { className: 'actions' },
      button('Revoke', async () => {
        await api.revokeToken(token.id);
        await reload();
      }, { className: 'danger', 'aria-label': `Revoke ${token.name}` })));
}
