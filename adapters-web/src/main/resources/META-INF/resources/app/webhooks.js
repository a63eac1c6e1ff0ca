// Webhooks: the list, creating one for the event types the server lists (its generated secret is
// shown once), a test delivery, the delivery log and redelivery.
import { api } from './api.js';
import { h, append, replace, field, button, dateTime, whenChanged, showError, showNotice } from './dom.js';

export function render(container) {
  const list = h('ul', { className: 'webhooks', 'aria-label': 'Webhooks' });
  const secret = h('div', { 'aria-live': 'polite' });

  async function load() {
    const webhooks = await api.webhooks();
    replace(list, webhooks.length ? webhooks.map((webhook) => webhookRow(webhook, load))
      : h('li', { className: 'muted' }, 'No webhooks yet.'));
  }

  replace(container, h('h2', {}, 'Webhooks'), createForm(secret, load), secret, h('div', { className: 'card' }, list));
  load().catch(showError);
  return {};
}

function createForm(secretArea, reload) {
  const name = h('input', { name: 'name', required: true, maxLength: 100, placeholder: 'Discord relay' });
  const url = h('input', { type: 'url', name: 'url', required: true, placeholder: 'https://example.com/hooks/gamepicker' });
  const events = h('fieldset', { className: 'event-types' }, h('legend', {}, 'Events (at least one)'));
  api.eventTypes().then((types) => append(events, types.map(eventTypeChoice))).catch(showError);
  const form = h('form', { className: 'card' },
    h('h3', {}, 'New webhook'),
    h('div', { className: 'grid' }, field('Name', name), field('URL', url)),
    events,
    h('button', { type: 'submit', className: 'primary' }, 'Create webhook'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const created = await api.createWebhook({
        name: name.value.trim(), url: url.value.trim(),
        events: [...events.querySelectorAll('input:checked')].map((box) => box.value),
      });
      replace(secretArea, h('div', { className: 'card secret', role: 'status' },
        h('h3', {}, `Secret of “${created.name}”`),
        h('p', {}, 'Copy it now: it is shown only this once. The receiver uses it to check signatures.'),
        h('code', { className: 'secret-value' }, created.secret)));
      form.reset();
      await reload();
    } catch (error) {
      showError(error);
    }
  });
  return form;
}

/** A checkbox for one event type from GET /api/event-types: labelled by its name, described below. */
function eventTypeChoice(type) {
  const description = h('small', { className: 'muted', id: `event-type-${type.name}` }, type.description);
  return h('div', {},
    h('label', { className: 'check' },
      h('input', { type: 'checkbox', name: 'events', value: type.name, 'aria-describedby': description.id }),
      type.name),
    description);
}

function webhookRow(webhook, reload) {
  const log = h('div', { className: 'log' });
  const enabled = h('input', { type: 'checkbox', checked: webhook.enabled });
  whenChanged(enabled, () => api.setWebhookEnabled(webhook.id, enabled.checked), reload);
  async function showLog() {
    const attempts = await api.webhookLogs(webhook.id);
    replace(log, attempts.length ? deliveryTable(webhook, attempts, showLog) : h('p', { className: 'muted' }, 'No deliveries yet.'));
  }
  return h('li', { className: 'webhook' },
    h('div', {},
      h('strong', {}, webhook.name), h('br'),
      h('span', { className: 'muted small url' }, webhook.url), h('br'),
      h('span', { className: 'muted small' }, webhook.events.join(', '))),
    h('div', { className: 'actions' },
      h('label', { className: 'check' }, enabled, 'Enabled', h('span', { className: 'visually-hidden' }, `: ${webhook.name}`)),
      button('Send test', async () => {
        const attempt = await api.testWebhook(webhook.id);
        showNotice(`Test to ${webhook.name}: ${attempt.outcome}${attempt.error ? ` (${attempt.error})` : ''}${attempt.response_status ? `, HTTP ${attempt.response_status}` : ''}`);
        await showLog();
      }, { 'aria-label': `Send a test to ${webhook.name}` }),
      button('Delivery log', showLog, { 'aria-label': `Delivery log of ${webhook.name}` }),
      button('Delete', async () => {
        await api.deleteWebhook(webhook.id);
        await reload();
      }, { className: 'danger', 'aria-label': `Delete ${webhook.name}` })),
    log);
}

function deliveryTable(webhook, attempts, reload) {
  return h('div', { className: 'table-scroll' }, h('table', {},
    h('caption', {}, `Deliveries of ${webhook.name}, newest first`),
    h('thead', {}, h('tr', {}, ['When', 'Event', 'Attempt', 'Outcome', 'Answer', ''].map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, attempts.map((attempt) => h('tr', { className: attempt.outcome },
      h('td', {}, dateTime(attempt.attempted_at)),
      h('td', {}, attempt.event_type),
      h('td', {}, attempt.attempt),
      h('td', {}, attempt.outcome, attempt.delivery_status === 'pending' ? ' (retrying)' : ''),
      h('td', {}, attempt.response_status ?? attempt.error ?? ''),
      h('td', {}, button('Redeliver', async () => {
        await api.redeliver(webhook.id, attempt.delivery_id);
        showNotice(`Redelivered ${attempt.event_type} to ${webhook.name}.`);
        await reload();
      }, { 'aria-label': `Redeliver ${attempt.event_type} of ${dateTime(attempt.attempted_at)}` })))))));
}
