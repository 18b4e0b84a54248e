// Live parts of a page: listens to the plan event stream (/api/v1/events, resumed with Last-Event-ID by
// EventSource itself after a dropped connection) and, on any change, fetches the page again and swaps in its
// live region, so that what is shown is always rendered by the server under the same access rules.
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
  var pending = null;
  var inFlight = false;
  var again = false;

  function refresh() {
    pending = null;
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html) {
          var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live-region]');
          var current = document.querySelector('[data-live-region]');
          if (fresh && current) {
            current.replaceWith(fresh);
            document.getElementById('live-status').textContent =
              'Updated at ' + new Date().toLocaleTimeString('en-GB');
          }
        }
      })
      .catch(function () { /* the next event tries again */ })
      .then(function () {
        inFlight = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  function changed() {
    // Several events of one write arrive together: one fetch for all of them.
    if (pending === null) {
      pending = window.setTimeout(refresh, 50);
    }
  }

  var source = new EventSource(holder.getAttribute('data-live-url'), { withCredentials: true });
  types.forEach(function (type) { source.addEventListener(type, changed); });
  source.addEventListener('open', function () { holder.setAttribute('data-live', 'connected'); });
})();
