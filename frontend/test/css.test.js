// newsdesk.css: WCAG AA contrast of the colour tokens in light and dark, and the hooks JS relies on.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const css = fs.readFileSync(path.join(__dirname, '..', 'css', 'newsdesk.css'), 'utf8');

function tokens(block) {
  const out = {};
  for (const m of block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)) out[m[1]] = m[2];
  return out;
}
const light = tokens(css.slice(css.indexOf(':root'), css.indexOf('}', css.indexOf(':root'))));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...tokens(css.slice(darkStart, css.indexOf('}', darkStart))) };

function luminance(hex) {
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function ratio(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// [foreground, background] pairs actually used together in the stylesheet.
const TEXT = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'hover-bg'], ['text', 'selected-bg'], ['text', 'chip-bg'],
  ['text', 'notice-bg'], ['muted', 'bg'], ['muted', 'surface'], ['muted', 'hover-bg'], ['muted', 'selected-bg'],
  ['muted', 'chip-bg'], ['link', 'bg'], ['link', 'surface'], ['link', 'hover-bg'], ['link', 'selected-bg'],
  ['brand', 'surface'], ['error', 'bg'], ['error', 'hover-bg'], ['error', 'selected-bg'], ['mark-text', 'mark-bg'],
  ['button-text', 'button-bg'], ['new-text', 'new-bg'], ['bg', 'text'],
];
const GRAPHICS = [
  ['focus', 'bg'], ['focus', 'surface'], ['bar', 'bg'], ['field-border', 'surface'], ['field-border', 'bg'],
  ['star', 'bg'], ['notice-border', 'notice-bg'], ['person', 'chip-bg'], ['organization', 'chip-bg'],
  ['place', 'chip-bg'], ['link', 'hover-bg'],
];

for (const [scheme, t] of [['light', light], ['dark', dark]]) {
  test(`${scheme}: text pairs reach 4.5:1 and graphics 3:1`, () => {
    for (const [pairs, min] of [[TEXT, 4.5], [GRAPHICS, 3]]) {
      for (const [fg, bg] of pairs) {
        assert.ok(t[fg] && t[bg], `missing token --${fg} or --${bg}`);
        const r = ratio(t[fg], t[bg]);
        assert.ok(r >= min, `${scheme} --${fg} on --${bg}: ${r.toFixed(2)} < ${min}`);
      }
    }
  });
}

test('classes created by newsdesk.js are styled', () => {
  for (const cls of ['typeahead-list', 'typeahead-type', 'facets-toggle', 'is-collapsed', 'visually-hidden']) {
    assert.ok(css.includes('.' + cls), `.${cls} not in newsdesk.css`);
  }
});

test('stylesheet stays small and balanced', () => {
  assert.ok(css.split('\n').length < 600);
  assert.equal((css.match(/{/g) || []).length, (css.match(/}/g) || []).length);
  assert.ok(!/url\(\s*['"]?https?:/.test(css), 'no external resources (CSP style-src/img-src self)');
});
