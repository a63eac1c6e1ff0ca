// Small helpers that build the page from data with the DOM API: text is always set as text,
// never parsed as HTML, and no inline style or script attribute is ever written (the CSP forbids them).

/**
 * Creates an element. `props` sets properties (`className`, `value`, `disabled`, `hidden`, ...),
 * `on<event>` handlers, `aria-*`/`data-*`/`for`/`role` attributes; children are nodes or strings.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name.includes('-') || name === 'for' || name === 'role' || name === 'scope') {
      element.setAttribute(name, value === true ? '' : String(value));
    } else {
      element[name] = value;
    }
  }
  append(element, children);
  return element;
}

/** Appends nodes, strings and (nested) arrays of them; skips null, undefined and false. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** Replaces an element's content. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

let nextId = 0;

/** A labelled form field: the label's `for` points at the control, so every control has a name. */
export function field(labelText, control, hint) {
  control.id ||= `field-${++nextId}`;
  return h('div', { className: 'field' }, h('label', { for: control.id }, labelText), control,
    hint ? h('small', { className: 'hint' }, hint) : null);
}

/** A labelled select with `[value, text]` options. */
export function select(labelText, options, props = {}) {
  const control = h('select', props, options.map(([value, text]) => h('option', { value }, text)));
  return { control, element: field(labelText, control) };
}

/** A button that runs an async action, disabled while it runs. */
export function button(text, action, props = {}) {
  const element = h('button', { type: 'button', ...props }, text);
  element.addEventListener('click', async () => {
    element.disabled = true;
    try {
      await action();
    } catch (error) {
      showError(error);
    } finally {
      element.disabled = false;
    }
  });
  return element;
}

/** A count with its noun in the right number: `0 games`, `1 game`, `2 games`. */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `2025-11-01T20:00:00.123Z` as the browser's local date and time. */
export function dateTime(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** Offers text as a file download (the CSV and session exports). */
export function download(fileName, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A button that copies what `text()` answers to the clipboard, or, where the browser does not
 * allow it (a plain-HTTP page on the LAN), selects `fallback` (an input holding it) to copy by hand.
 */
export function copyButton(label, text, fallback, props = {}) {
  return button(label, async () => {
    try {
      await navigator.clipboard.writeText(text());
      showNotice('Copied to the clipboard.');
    } catch {
      fallback.focus();
      fallback.select();
      showNotice('This browser does not let the page copy: the text is selected, copy it with Ctrl+C or ⌘C.');
    }
  }, props);
}

/** On each change of a control, runs an async action, shows its error if any, then runs `after`. */
export function whenChanged(control, action, after) {
  control.addEventListener('change', async () => {
    try {
      await action();
    } catch (error) {
      showError(error);
    }
    await after().catch(showError);
  });
}

/** Shows an error in the page's alert area (the shell in main.js listens for it). */
export function showError(error) {
  document.dispatchEvent(new CustomEvent('app:error', { detail: error }));
}

/** Shows a confirmation in the page's status area. */
export function showNotice(text) {
  document.dispatchEvent(new CustomEvent('app:notice', { detail: text }));
}
