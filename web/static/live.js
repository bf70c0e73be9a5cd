// Keeps a live campaign's figures current without reloading the page (a meta refresh moves
// focus and fails accessibility): fetch the totals every 15 seconds and update the numbers.
(function () {
  var chart = document.querySelector("[data-live-report]");
  if (!chart) { return; }
  var url = chart.getAttribute("data-live-report");
  function update() {
    fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        Object.keys(data.total).forEach(function (key) {
          var cell = document.querySelector('[data-testid="total-' + key + '"]');
          if (cell) { cell.textContent = data.total[key]; }
        });
        data.funnel.forEach(function (bar) {
          var rect = chart.querySelector('[data-bar="' + bar.key + '"]');
          var count = chart.querySelector('[data-count="' + bar.key + '"]');
          if (rect) { rect.setAttribute("width", bar.width); }
          if (count) { count.textContent = bar.n; count.setAttribute("x", 126 + bar.width); }
        });
      })
      .catch(function () { /* the next round tries again */ });
  }
  window.neetLiveUpdate = update;  // also called by the browser test
  setInterval(update, 15000);
})();
