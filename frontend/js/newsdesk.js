/* Newsdesk progressive enhancement. Every page works without this file.
   1. Typeahead on input[data-typeahead] (ARIA 1.2 combobox + listbox).
   2. In-page search updates for links in aside.facets, .sort, .pagination, .hit-people
      (and the GET date form in aside.facets): fetch, swap .search-layout, pushState.
   3. Collapsible filters (aside.facets) on narrow screens. */
(function () {
  'use strict';

  const SUGGEST_TYPES = ['person', 'organization', 'place', 'outlet'];
  const PARTIAL_SCOPE = 'aside.facets, .sort, .pagination, .hit-people';
  const NARROW = '(max-width: 48rem)'; // keep in step with newsdesk.css

  /* ---- Pure helpers (exported for node --test) ---- */

  function debounce(fn, ms) {
    let timer = null;
    const debounced = function (...args) {
      clearTimeout(timer);
      timer = setTimeout(() => { timer = null; fn.apply(this, args); }, ms);
    };
    debounced.cancel = () => { clearTimeout(timer); timer = null; };
    return debounced;
  }

  function suggestUrl(endpoint, prefix) {
    return endpoint + (endpoint.includes('?') ? '&' : '?') + 'prefix=' + encodeURIComponent(prefix);
  }

  /** `/search?<type>=<value>` with no q; null for an unknown type or an empty value. */
  function facetSearchUrl(type, value) {
    if (!SUGGEST_TYPES.includes(type) || typeof value !== 'string' || !value) return null;
    return '/search?' + encodeURIComponent(type) + '=' + encodeURIComponent(value);
  }

  /** The usable suggestions of a /api/suggest answer; anything malformed is dropped. */
  function parseSuggestions(json) {
    const list = json && Array.isArray(json.suggestions) ? json.suggestions : [];
    return list.filter((s) => s && typeof s.value === 'string' && s.value && SUGGEST_TYPES.includes(s.type));
  }

  /** The absolute URL (no hash) to load in-page, or null when the link must navigate normally. */
  function partialTarget(href, base) {
    let url;
    try { url = new URL(href, base); } catch (e) { return null; }
    if (!href || url.origin !== new URL(base).origin || url.pathname !== '/search') return null;
    url.hash = '';
    return url.href;
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { debounce, suggestUrl, facetSearchUrl, parseSuggestions, partialTarget };
    return;
  }
  if (typeof document === 'undefined' || !window.fetch || !window.DOMParser) return;

  function attrs(el, map) {
    Object.entries(map).forEach(([k, v]) => el.setAttribute(k, v));
    return el;
  }

  /* ---- 1. Typeahead ---- */

  function initTypeahead(input) {
    const endpoint = input.getAttribute('data-typeahead');
    const listId = (input.id || 'search') + '-suggestions';
    const list = attrs(document.createElement('ul'), { id: listId, class: 'typeahead-list', role: 'listbox', 'aria-label': 'Suggestions' });
    const status = attrs(document.createElement('span'), { class: 'visually-hidden', role: 'status' });
    let items = [], active = -1, controller = null, seq = 0;

    list.hidden = true;
    attrs(input, { role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId });
    input.after(list, status);

    function highlight(index) {
      const options = list.children;
      if (options[active]) options[active].setAttribute('aria-selected', 'false');
      active = index;
      if (!options[index]) { input.removeAttribute('aria-activedescendant'); return; }
      options[index].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    }

    function show(open) {
      if (!open) highlight(-1);
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
    }

    function render(suggestions) {
      highlight(-1);
      items = suggestions;
      list.replaceChildren(...suggestions.map((s, i) => {
        const option = attrs(document.createElement('li'), { id: listId + '-' + i, role: 'option', 'aria-selected': 'false' });
        const type = attrs(document.createElement('span'), { class: 'typeahead-type' });
        type.textContent = s.type;
        option.append(s.value, type);
        return option;
      }));
      show(items.length > 0);
      status.textContent = items.length
        ? items.length + (items.length === 1 ? ' suggestion' : ' suggestions') + ', use up and down arrows' : '';
    }

    function choose(index) {
      const target = items[index] && facetSearchUrl(items[index].type, items[index].value);
      show(false);
      if (target) window.location.assign(target);
    }

    const lookup = debounce(() => {
      const prefix = input.value.trim();
      if (controller) controller.abort();
      if (prefix.length < 2) { render([]); return; }
      const mine = ++seq;
      controller = window.AbortController ? new AbortController() : null;
      fetch(suggestUrl(endpoint, prefix), {
        headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: controller && controller.signal
      }).then((res) => {
        if (!res.ok) throw new Error('suggest ' + res.status);
        return res.json();
      }).then((json) => {
        if (mine === seq && document.activeElement === input) render(parseSuggestions(json));
      }).catch(() => { if (mine === seq) render([]); }); // fail silently
    }, 150);

    input.addEventListener('input', lookup);
    input.addEventListener('keydown', (e) => {
      const open = !list.hidden;
      if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length) {
        e.preventDefault();
        if (!open) show(true);
        const n = items.length;
        if (e.key === 'ArrowDown') highlight((active + 1) % n);
        else highlight(active <= 0 ? n - 1 : active - 1);
      } else if (e.key === 'Enter' && open && active >= 0) {
        e.preventDefault();
        choose(active);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        show(false);
      } else if (e.key === 'Tab') {
        show(false);
      }
    });
    input.addEventListener('blur', () => show(false));
    // Keep focus in the input while the pointer picks an option.
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const option = e.target.closest('[role="option"]');
      if (option) choose(Array.prototype.indexOf.call(list.children, option));
    });
  }

  /* ---- 2. In-page search updates ---- */

  let current = location.href.split('#')[0];
  let loading = null;

  function load(url, push) {
    const layout = document.querySelector('.search-layout');
    const fallback = () => (push ? window.location.assign(url) : window.location.replace(url));
    if (!layout) { fallback(); return; }
    if (loading) loading.abort();
    const mine = loading = window.AbortController ? new AbortController() : null;
    layout.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin', signal: mine && mine.signal })
      .then((res) => {
        const type = res.headers.get('Content-Type') || '';
        if (!res.ok || res.redirected || !type.includes('text/html')) throw new Error('page ' + res.status);
        return res.text();
      }).then((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const fresh = doc.querySelector('.search-layout');
        if (!fresh) throw new Error('no .search-layout');
        if (push) history.pushState({ newsdesk: true }, '', url);
        current = url;
        document.title = doc.title;
        const q = doc.getElementById('q'), box = document.getElementById('q');
        if (q && box) box.value = q.value;
        layout.replaceChildren(...fresh.childNodes);
        layout.removeAttribute('aria-busy');
        enhance(layout);
        const target = layout.querySelector('.total') || layout.querySelector('#main');
        if (target) { target.setAttribute('tabindex', '-1'); target.focus(); }
      }).catch((err) => {
        if (!err || err.name !== 'AbortError') fallback(); // any failure: a normal page load
      });
  }

  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.target.closest && e.target.closest('a');
    if (!link || !link.closest(PARTIAL_SCOPE) || !document.querySelector('.search-layout')) return;
    if (link.hasAttribute('download') || (link.getAttribute('target') || '_self') !== '_self') return;
    // An SVG <a> (histogram bar) has no string .href, so read the attribute.
    const url = partialTarget(link.getAttribute('href') || link.getAttribute('xlink:href'), location.href);
    if (!url) return;
    e.preventDefault();
    load(url, true);
  });

  document.addEventListener('submit', (e) => {
    const form = e.target;
    if (e.defaultPrevented || !form.closest('aside.facets') || form.method !== 'get') return;
    const url = partialTarget(form.getAttribute('action') || location.pathname, location.href);
    if (!url) return;
    e.preventDefault();
    const target = new URL(url);
    target.search = new URLSearchParams(new FormData(form)).toString();
    load(target.href, true);
  });

  window.addEventListener('popstate', () => {
    const url = location.href.split('#')[0];
    if (url !== current && location.pathname === '/search') load(url, false);
  });

  /* ---- 3. Collapsible filters on narrow screens ---- */

  const narrow = window.matchMedia ? window.matchMedia(NARROW) : null;
  let facetsOpen = !narrow || !narrow.matches;

  function enhance(root) {
    const facets = root.querySelector('aside.facets');
    if (!facets || facets.querySelector('.facets-toggle')) return;
    const selected = facets.querySelectorAll('li.selected, .excluded .chip').length;
    facets.id = facets.id || 'filters';
    const button = attrs(document.createElement('button'), { type: 'button', class: 'facets-toggle secondary', 'aria-controls': facets.id });
    button.textContent = 'Filters' + (selected ? ' (' + selected + ' active)' : '');
    const set = (open) => {
      facetsOpen = open;
      button.setAttribute('aria-expanded', String(open));
      facets.classList.toggle('is-collapsed', !open);
    };
    button.addEventListener('click', () => set(!facetsOpen));
    set(facetsOpen);
    facets.prepend(button);
  }

  function start() {
    const input = document.querySelector('input[data-typeahead]');
    if (input && input.getAttribute('data-typeahead')) initTypeahead(input);
    enhance(document);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
