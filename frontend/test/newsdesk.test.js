// Pure helpers of newsdesk.js. Run: node --test frontend/test/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const nd = require(path.join(__dirname, '..', 'js', 'newsdesk.js'));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('debounce runs once, after the last call, with its arguments', async () => {
  const calls = [];
  const f = nd.debounce((x) => calls.push(x), 20);
  f('a'); f('b'); f('c');
  assert.deepEqual(calls, []);
  await sleep(60);
  assert.deepEqual(calls, ['c']);
});

test('debounce can be cancelled', async () => {
  let n = 0;
  const f = nd.debounce(() => n++, 10);
  f(); f.cancel();
  await sleep(40);
  assert.equal(n, 0);
});

test('suggestUrl encodes the prefix', () => {
  assert.equal(nd.suggestUrl('/api/suggest', 'Angela M'), '/api/suggest?prefix=Angela%20M');
  assert.equal(nd.suggestUrl('/api/suggest', 'a&b=c#'), '/api/suggest?prefix=a%26b%3Dc%23');
  assert.equal(nd.suggestUrl('/api/suggest?lang=en', 'x'), '/api/suggest?lang=en&prefix=x');
});

test('facetSearchUrl builds /search?<type>=<value> and no q', () => {
  assert.equal(nd.facetSearchUrl('person', 'Angela Merkel'), '/search?person=Angela%20Merkel');
  assert.equal(nd.facetSearchUrl('outlet', 'AT&T News'), '/search?outlet=AT%26T%20News');
  assert.equal(nd.facetSearchUrl('place', 'São Paulo'), '/search?place=S%C3%A3o%20Paulo');
  assert.equal(nd.facetSearchUrl('q', 'x'), null);
  assert.equal(nd.facetSearchUrl('person', ''), null);
});

test('parseSuggestions keeps only well-formed suggestions', () => {
  const json = { suggestions: [
    { type: 'person', value: 'Ada' }, { type: 'weapon', value: 'x' }, { type: 'place' },
    null, { type: 'organization', value: 'UN' }] };
  assert.deepEqual(nd.parseSuggestions(json).map((s) => s.value), ['Ada', 'UN']);
  assert.deepEqual(nd.parseSuggestions(null), []);
  assert.deepEqual(nd.parseSuggestions({ suggestions: 'no' }), []);
});

test('partialTarget accepts same-origin /search links only', () => {
  const base = 'https://news.example/search?q=climate';
  assert.equal(nd.partialTarget('/search?q=climate&person=Ada', base),
    'https://news.example/search?q=climate&person=Ada');
  assert.equal(nd.partialTarget('?q=climate&page=2#main', base), 'https://news.example/search?q=climate&page=2');
  assert.equal(nd.partialTarget('/articles/1', base), null);
  assert.equal(nd.partialTarget('https://evil.example/search?q=x', base), null);
  assert.equal(nd.partialTarget('', base), null);
  assert.equal(nd.partialTarget(null, base), null);
});
