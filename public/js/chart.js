/** A campaign's figures as an accessible SVG bar chart, each bar with its number written on it. */
import { h } from './dom.js';
import { formatNumber, formatPercent } from './format.js';

let chartCount = 0;

/**
 * Two drawings of the same figures: labels beside the bars for wide screens, labels above them
 * for phones, where beside-the-bar text would shrink to unreadable. CSS shows one of them.
 */
/**
 * @typedef {{ width: number, label: number, barMax: number, row: number, bar: number, labelAbove: boolean }} Layout
 * @typedef {{ label: string, value: number, note?: string, kind?: string }} Row
 * @typedef {{ title: string, rows: Row[], unit: string }} Figures
 */
const LAYOUTS = {
  wide: { width: 680, label: 220, barMax: 330, row: 40, bar: 24, labelAbove: false },
  narrow: { width: 360, label: 0, barMax: 200, row: 60, bar: 24, labelAbove: true },
};

/**
 * @param {string} id the chart's
 * @param {keyof typeof LAYOUTS} name
 * @param {Figures} figures
 */
const drawing = (id, name, { title, rows, unit }) => {
  const layout = LAYOUTS[name];
  const max = Math.max(1, ...rows.map((row) => row.value));
  const height = rows.length * layout.row + 12;
  const description = rows
    .map((row) => `${row.label}: ${formatNumber(row.value)} ${unit}${row.note ? ` (${row.note})` : ''}`)
    .join('; ');
  const svgId = `${id}-${name}`;
  return h(
    'svg:svg',
    {
      viewBox: `0 0 ${layout.width} ${height}`,
      role: 'img',
      'aria-labelledby': `${svgId}-title ${svgId}-desc`,
      class: `chart__svg chart__svg--${name}`,
      preserveAspectRatio: 'xMinYMin meet',
    },
    h('svg:title', { id: `${svgId}-title` }, title),
    h('svg:desc', { id: `${svgId}-desc` }, `${description}.`),
    rows.map((row, index) => {
      const top = 6 + index * layout.row;
      const y = layout.labelAbove ? top + 22 : top;
      const width = Math.max(2, Math.round((row.value / max) * layout.barMax));
      const value = `${formatNumber(row.value)}${row.note ? ` (${row.note})` : ''}`;
      const label = layout.labelAbove
        ? h('svg:text', { x: 0, y: top + 9, 'dominant-baseline': 'central', class: 'chart__label' }, row.label)
        : h(
            'svg:text',
            {
              x: layout.label - 10,
              y: y + layout.bar / 2,
              'text-anchor': 'end',
              'dominant-baseline': 'central',
              class: 'chart__label',
            },
            row.label
          );
      return h(
        'svg:g',
        { class: `chart__row${row.kind ? ` chart__row--${row.kind}` : ''}`, 'aria-hidden': 'true' },
        label,
        h('svg:rect', { x: layout.label, y, width, height: layout.bar, rx: 2, class: 'chart__bar' }),
        h(
          'svg:text',
          { x: layout.label + width + 8, y: y + layout.bar / 2, 'dominant-baseline': 'central', class: 'chart__value' },
          value
        )
      );
    })
  );
};

/**
 * rows: [{ label, value, note?, kind? }]; returns a <figure> whose SVG has a title and a
 * description that reads every figure, plus the same figures as a table for screen readers and print.
 * @param {Figures & { caption: string }} chart
 */
export const barChart = ({ title, caption, unit, rows }) => {
  const id = `chart-${++chartCount}`;
  const table = h(
    'table',
    { class: 'chart__table' },
    h('caption', {}, title),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Nội dung'),
        h('th', { scope: 'col' }, `Số ${unit}`),
        h('th', { scope: 'col' }, 'Tỉ lệ')
      )
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.label),
          h('td', {}, formatNumber(row.value)),
          h('td', {}, row.note ?? '')
        )
      )
    )
  );

  return h(
    'figure',
    { class: 'chart' },
    drawing(id, 'wide', { title, rows, unit }),
    drawing(id, 'narrow', { title, rows, unit }),
    h('figcaption', {}, caption),
    h('details', { class: 'chart__details no-print' }, h('summary', {}, 'Xem bảng số liệu'), table)
  );
};

/**
 * The chart of one campaign: registered, carried out, then each field's share of what was carried out.
 * @param {import('./api.js').Campaign} campaign
 */
export const campaignChart = (campaign) =>
  barChart({
    title: `${campaign.name}: số mô hình đăng ký, thực hiện và theo lĩnh vực`,
    caption: `${campaign.name}${campaign.name.includes(campaign.period) ? '' : ` (${campaign.period})`}: đăng ký ${formatNumber(
      campaign.registered
    )} mô hình, đã thực hiện ${formatNumber(campaign.carriedOut)} mô hình (${formatPercent(campaign.carriedOutShare)}).`,
    unit: 'mô hình',
    rows: [
      { label: 'Đăng ký', value: campaign.registered, kind: 'total' },
      {
        label: 'Đã thực hiện',
        value: campaign.carriedOut,
        note: formatPercent(campaign.carriedOutShare),
        kind: 'done',
      },
      ...campaign.breakdown.map((field) => ({
        label: field.name,
        value: field.count,
        note: formatPercent(field.share),
      })),
    ],
  });
