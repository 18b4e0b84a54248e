// Live parts of a page: listens to the plan event stream (/api/v1/events, resumed with Last-Event-ID by
// EventSource itself after a dropped connection). What is shown is always rendered by the server under the same
// access rules: on the national matrix, the rows an event touches are fetched again and swapped in; anywhere else,
// or when the row is not known, the page is fetched again and its live region swapped in.
(function () {
  'use strict';
  var holder = document.querySelector('[data-live-url]');
  if (!holder || !window.EventSource || !window.fetch) {
    return;
  }
  var types = ['org.actiontracker.action.created', 'org.actiontracker.action.updated',
    'org.actiontracker.action.deleted', 'org.actiontracker.action.status-changed',
    'org.actiontracker.action.rag-changed', 'org.actiontracker.action.target-date-changed',
    'org.actiontracker.update.recorded', 'org.actiontracker.update.revised', 'org.actiontracker.update.withdrawn',
    'org.actiontracker.plan.updated'];
  var rowsUrl = holder.getAttribute('data-live-rows');
  var query = holder.getAttribute('data-live-query') || '';
  var pendingRows = {};
  var pendingPage = false;
  var timer = null;
  var inFlight = false;

  function rowElement(number) {
    return holder.querySelector('tr[data-recommendation="' + CSS.escape(number) + '"]');
  }

  function rowHolding(actionId) {
    var cell = actionId ? document.getElementById('cell-' + actionId) : null;
    var row = cell ? cell.closest('tr[data-recommendation]') : null;
    return row ? row.getAttribute('data-recommendation') : null;
  }

  // The rows an event touches: the one holding the action's cell now and, for an action, the one it belongs to.
  function rowsTouchedBy(event) {
    var data;
    try {
      // A structured CloudEvent whose data holds the resource as it is after the change.
      data = (JSON.parse(event.data).data || {}).resource || {};
    } catch (e) {
      return null;
    }
    var isAction = event.type.indexOf('org.actiontracker.action.') === 0;
    var rows = [];
    var holding = rowHolding(isAction ? data.id : data.actionId);
    if (holding) {
      rows.push(holding);
    }
    if (isAction && data.recommendationNumber && rowElement(data.recommendationNumber)) {
      rows.push(data.recommendationNumber);
    }
    return rows.length ? rows : null;
  }

  function changed(event) {
    var rows = rowsUrl ? rowsTouchedBy(event) : null;
    if (rows === null) {
      pendingPage = true;
    } else {
      rows.forEach(function (number) { pendingRows[number] = true; });
    }
    // Several events of one write arrive together: one fetch for all of them.
    if (timer === null) {
      timer = window.setTimeout(refresh, 50);
    }
  }

  function html(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; });
  }

  function swapRegion(page) {
    var fresh = page && new DOMParser().parseFromString(page, 'text/html').querySelector('[data-live-region]');
    var current = document.querySelector('[data-live-region]');
    if (fresh && current) {
      current.replaceWith(fresh);
    }
  }

  function swapRow(number, fragment) {
    var current = rowElement(number);
    if (!fragment || !current) {
      return;
    }
    var template = document.createElement('template');
    template.innerHTML = fragment.trim();
    var fresh = template.content.querySelector('tr[data-recommendation]');
    if (fresh) {
      current.replaceWith(fresh);
    }
  }

  function countShown() {
    var shown = document.querySelector('[data-matrix-shown]');
    if (shown) {
      shown.textContent = document.querySelectorAll('[data-live-region] .matrix-cell').length;
    }
  }

  function refresh() {
    timer = null;
    if (inFlight) {
      timer = window.setTimeout(refresh, 50);
      return;
    }
    inFlight = true;
    var wholePage = pendingPage;
    var rows = Object.keys(pendingRows);
    pendingPage = false;
    pendingRows = {};
    var done = wholePage
      ? html(window.location.href).then(swapRegion)
      : Promise.all(rows.map(function (number) {
        return html(rowsUrl + encodeURIComponent(number) + (query ? '?' + query : ''))
          .then(function (fragment) { swapRow(number, fragment); });
      }));
    done.then(function () {
      countShown();
      document.getElementById('live-status').textContent = 'Updated at ' + new Date().toLocaleTimeString('en-GB');
    }).catch(function () { /* the next event tries again */ })
      .then(function () { inFlight = false; });
  }

  var source = new EventSource(holder.getAttribute('data-live-url'), { withCredentials: true });
  types.forEach(function (type) { source.addEventListener(type, changed); });
  source.addEventListener('open', function () { holder.setAttribute('data-live', 'connected'); });
})();
