/// <reference lib="dom" />
/**
 * The dashboard webview's script (bundled to dist/webview/dashboard.js as a browser IIFE). It only draws: the
 * extension sends a ready-made, localised `DashboardView` by postMessage and this builds the DOM and hand-written
 * SVG from it. Every string is inserted as a text node (never as HTML), so a post titled
 * `<img src=x onerror=alert(1)>` shows as those characters. Colours come only from CSS classes that use VS Code's
 * theme variables (media/dashboard.css), which also keeps the page free of inline styles for the CSP.
 */
import {
  niceMax,
  pointsAttribute,
  radarGeometry,
  type DashboardView,
  type WebviewMessage,
} from './shared/ui-model';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const host = acquireVsCodeApi();
const SVG_NS = 'http://www.w3.org/2000/svg';

type Child = Node | string | null | undefined | false;

/** Builds an HTML element; string children become text nodes. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  append(node, children);
  return node;
}

/** Builds an SVG element; string children become text nodes. */
function s(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  append(node, children);
  return node;
}

function append(node: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

function render(view: DashboardView): void {
  const app = document.getElementById('app');
  if (!app) return;
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  const t = view.strings;

  const select = h('select', { id: 'range', 'aria-label': t.range });
  for (const choice of view.rangeChoices) {
    const option = h('option', { value: String(choice.months) }, choice.label);
    if (choice.months === view.months) option.selected = true;
    select.appendChild(option);
  }
  select.addEventListener('change', () => host.postMessage({ type: 'setRange', months: Number(select.value) }));

  app.replaceChildren(
    h(
      'header',
      {},
      h('h1', {}, t.title),
      h('p', { class: 'totals', id: 'totals' }, t.totals),
      h('label', { class: 'range' }, t.range, ' ', select),
    ),
    h(
      'div',
      { class: 'grid' },
      h('section', { id: 'radar-section', class: 'card' }, h('h2', {}, t.radar), radarChart(view)),
      h('section', { id: 'cadence-section', class: 'card' }, h('h2', {}, t.cadence), cadenceChart(view), legend(view)),
      h('section', { id: 'goals-section', class: 'card' }, h('h2', {}, t.goals), goalsList(view)),
      h('section', { id: 'insights-section', class: 'card' }, h('h2', {}, t.insights), insightsList(view)),
      h('section', { id: 'recent-section', class: 'card' }, h('h2', {}, t.recent), recentList(view)),
      view.related.length > 0 && h('section', { id: 'related-section', class: 'card' }, h('h2', {}, t.related), relatedList(view)),
    ),
  );
  app.setAttribute('aria-busy', 'false');
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function radarChart(view: DashboardView): SVGElement {
  // Wide enough for the longest built-in name ("Cross-domain Knowledge") beside the axis ends.
  const width = 500;
  const height = 290;
  const cx = width / 2;
  const cy = height / 2 + 2;
  const radius = 105;
  const values = view.radar.map((r) => r.value);
  const max = niceMax(Math.max(0, ...values));
  const g = radarGeometry(values, max, radius, cx, cy);
  const svg = s('svg', { id: 'radar', class: 'chart radar', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': view.strings.radarSummary });
  svg.appendChild(s('title', {}, view.strings.radarSummary));
  for (const ring of g.rings) svg.appendChild(s('polygon', { class: 'ring', points: pointsAttribute(ring) }));
  g.axes.forEach((p) => svg.appendChild(s('line', { class: 'axis', x1: cx, y1: cy, x2: p.x, y2: p.y })));
  svg.appendChild(s('text', { class: 'scale', x: cx + 8, y: cy - radius + 12 }, String(max)));
  if (values.length > 0) svg.appendChild(s('polygon', { class: 'area', points: pointsAttribute(g.vertices) }));
  view.radar.forEach((r, i) => {
    const v = g.vertices[i]!;
    const label = g.labels[i]!;
    svg.appendChild(s('circle', { class: `dot c-${r.color}`, cx: v.x, cy: v.y, r: 4 }, s('title', {}, `${r.name}: ${r.value}`)));
    svg.appendChild(
      s(
        'text',
        { class: 'label', x: label.x, y: label.y, 'text-anchor': label.anchor, 'dominant-baseline': 'middle', 'data-dimension': r.id },
        s('tspan', { class: `swatch c-${r.color}` }, '● '),
        `${r.name} `,
        s('tspan', { class: 'value' }, String(r.value)),
      ),
    );
  });
  return svg;
}

function cadenceChart(view: DashboardView): SVGElement {
  const width = 380;
  const height = 210;
  const left = 26;
  const right = 8;
  const top = 12;
  const bottom = 34;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(0, ...view.cadence.map((c) => Math.max(c.posts, c.talks))));
  const slot = plotW / Math.max(view.cadence.length, 1);
  const bar = Math.max(2, Math.min(14, slot / 2 - 3));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const svg = s('svg', { id: 'cadence', class: 'chart cadence', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': view.strings.cadenceSummary });
  svg.appendChild(s('title', {}, view.strings.cadenceSummary));
  for (const tick of [0, max / 2, max]) {
    if (tick !== Math.round(tick) && tick !== 0) continue; // only whole-number gridlines
    svg.appendChild(s('line', { class: tick === 0 ? 'baseline' : 'grid', x1: left, x2: width - right, y1: y(tick), y2: y(tick) }));
    svg.appendChild(s('text', { class: 'tick', x: left - 6, y: y(tick), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, String(tick)));
  }
  view.cadence.forEach((c, i) => {
    const x0 = left + i * slot + slot / 2;
    const tip = `${c.title}: ${view.strings.posts} ${c.posts}, ${view.strings.talks} ${c.talks}`;
    const group = s('g', { class: 'month', 'data-month': c.month }, s('title', {}, tip));
    group.appendChild(s('rect', { class: 'bar posts', x: x0 - bar - 1, y: y(c.posts), width: bar, height: Math.max(0, y(0) - y(c.posts)) }));
    group.appendChild(s('rect', { class: 'bar talks', x: x0 + 1, y: y(c.talks), width: bar, height: Math.max(0, y(0) - y(c.talks)) }));
    group.appendChild(s('text', { class: 'tick month-label', x: x0, y: height - bottom + 16, 'text-anchor': 'middle' }, c.label));
    svg.appendChild(group);
  });
  return svg;
}

function legend(view: DashboardView): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    h('span', { class: 'key posts' }),
    view.strings.posts,
    ' ',
    h('span', { class: 'key talks' }),
    view.strings.talks,
  );
}

function goalsList(view: DashboardView): HTMLElement {
  if (view.goals.length === 0) return h('p', { class: 'empty' }, view.strings.noGoals);
  const list = h('ul', { class: 'goals', id: 'goals' });
  for (const g of view.goals) {
    const open = h('button', { class: 'link goal-title', type: 'button', 'data-goal': g.id }, g.title);
    open.addEventListener('click', () => host.postMessage({ type: 'openGoal', id: g.id }));
    const progress = h('progress', {
      class: `c-${g.color}`,
      max: String(Math.max(g.target, 1)),
      value: String(Math.min(g.done, g.target)),
      'aria-label': `${g.title}: ${g.detail}`,
    });
    list.appendChild(
      h(
        'li',
        { class: `goal status-${g.status}` },
        h('div', { class: 'goal-head' }, open, h('span', { class: `badge c-${g.color}` }, g.statusLabel)),
        progress,
        h('div', { class: 'detail' }, g.detail),
      ),
    );
  }
  return list;
}

function insightsList(view: DashboardView): HTMLElement {
  if (view.insights.length === 0) return h('p', { class: 'empty' }, view.strings.noInsights);
  const list = h('ul', { class: 'insights', id: 'insights' });
  for (const i of view.insights) list.appendChild(h('li', { class: `insight tone-${i.tone}` }, i.text));
  return list;
}

function recentList(view: DashboardView): HTMLElement {
  if (view.recent.length === 0) return h('p', { class: 'empty' }, view.strings.noRecent);
  const list = h('ul', { class: 'recent', id: 'recent' });
  for (const p of view.recent) {
    list.appendChild(h('li', {}, openButton('post-title', p.path, p.title), h('span', { class: 'detail' }, p.detail)));
  }
  return list;
}

function openButton(className: string, path: string, title: string): HTMLButtonElement {
  const open = h('button', { class: `link ${className}`, type: 'button', 'data-path': path }, title);
  open.addEventListener('click', () => host.postMessage({ type: 'openPost', path }));
  return open;
}

/** Each linked post, then its links: "builds on <post>" (a warning when it names no post) and "used by <talk>". */
function relatedList(view: DashboardView): HTMLElement {
  const list = h('ul', { class: 'related', id: 'related' });
  for (const p of view.related) {
    const links = h('ul', { class: 'related-links' });
    for (const l of p.links) {
      const target = l.path !== null ? openButton('related-title', l.path, l.title) : h('span', { class: 'related-title' }, l.title);
      links.appendChild(h('li', { class: `${l.direction}${l.missing ? ' missing' : ''}` }, l.missing ? '⚠ ' : '', `${l.label} `, target));
    }
    list.appendChild(h('li', { 'data-path': p.path }, openButton('post-title', p.path, p.title), links));
  }
  return list;
}

window.addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return;
  const msg = data as { type?: unknown; view?: unknown };
  if (msg.type === 'view' && typeof msg.view === 'object' && msg.view !== null) render(msg.view as DashboardView);
});

host.postMessage({ type: 'ready' });
