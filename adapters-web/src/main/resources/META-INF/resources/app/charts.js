// Horizontal bar charts as plain SVG: one row per item, its label above its bar, the value at the
// bar's end. The chart is an image with a text alternative listing every value.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const ROW = 38;
/** Room kept right of the longest bar for its value text (e.g. `+2 (↑ 2 ↓ 0)`). */
const VALUE_ROOM = 110;

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * A bar chart of `items` (`{label, value, text}`; `text` is what is written for the value, by
 * default the value itself), titled `title`, bars in the CSS class `tone`. An item whose value is
 * null has no bar, only its text.
 */
export function barChart(title, items, tone) {
  const max = Math.max(1, ...items.map((item) => item.value ?? 0));
  const height = Math.max(ROW, items.length * ROW);
  const chart = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', class: `chart ${tone}`,
    'aria-label': `${title}: ${items.map((item) => `${item.label} ${item.text ?? item.value}`).join('; ')}`,
  });
  chart.append(svg('title', {}, title));
  items.forEach((item, index) => {
    const y = index * ROW;
    chart.append(svg('text', { x: 0, y: y + 13, class: 'chart-label' }, item.label));
    let textX = 0;
    if (item.value !== null) {
      const barWidth = Math.max(2, ((WIDTH - VALUE_ROOM) * item.value) / max);
      chart.append(svg('rect', { x: 0, y: y + 18, width: barWidth, height: 14, rx: 3, class: 'bar' }));
      textX = barWidth + 6;
    }
    chart.append(svg('text', { x: textX, y: y + 30, class: 'chart-value' }, item.text ?? String(item.value)));
  });
  return chart;
}
