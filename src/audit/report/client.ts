/**
 * The report's one script of its own (plain ES2017, inlined and hashed into the page's CSP):
 * it draws the three charts from the chart data the page embeds, in the colours of the
 * stylesheet (redrawn when the colour scheme changes or the agents chart switches to
 * findings per reply), opens the folded tables for printing,
 * and marks <body data-charts="drawn"> when done.
 */
import { CATEGORIES } from '../../schema/common.js';

export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('audit-charts').textContent);
  var charts = [];
  // A reloaded page may keep the radio button the reader chose.
  var perReply = !!document.querySelector('input[name="agents-scale"][value="rate"]:checked');
  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  var categories = ${JSON.stringify(CATEGORIES)};
  function configs() {
    var catColours = categories.map(function (c) { return css('--cat-' + c); });
    var bars = { indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false };
    var everyLabel = { ticks: { autoSkip: false } };
    // Past a few months the points crowd the line; the tooltip still finds each week.
    var points = data.trend.labels.length > 26 ? 0 : 3;
    return {
      trend: {
        type: 'line',
        data: { labels: data.trend.labels, datasets: [
          { label: 'Mean score', data: data.trend.meanScore, borderColor: css('--line1'), backgroundColor: css('--line1'), spanGaps: true, clip: 6, pointRadius: points },
          { label: 'Flagged share (%)', data: data.trend.flaggedShare, borderColor: css('--line2'), backgroundColor: css('--line2'), borderDash: [6, 4], spanGaps: true, clip: 6, pointRadius: points }
        ] },
        options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { min: 0, max: 100 } }, interaction: { mode: 'index', intersect: false } }
      },
      agents: {
        type: 'bar',
        data: { labels: data.agents.labels, datasets: data.agents.categories.map(function (c, i) {
          var values = perReply ? c.data.map(function (n, j) { return data.agents.checked[j] ? Math.round((n / data.agents.checked[j]) * 1000) / 1000 : 0; }) : c.data;
          return { label: c.label, data: values, backgroundColor: catColours[i] };
        }) },
        options: Object.assign({}, bars, { scales: { x: { stacked: true, title: { display: true, text: perReply ? 'Findings per checked reply' : 'Findings' } }, y: Object.assign({ stacked: true }, everyLabel) } })
      },
      rules: {
        type: 'bar',
        data: { labels: data.rules.labels, datasets: [{ label: 'Findings', data: data.rules.counts, backgroundColor: data.rules.category.map(function (i) { return catColours[i]; }) }] },
        options: Object.assign({}, bars, { scales: { y: everyLabel }, plugins: { legend: { display: false } } })
      }
    };
  }
  function draw() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    Chart.defaults.color = css('--muted');
    Chart.defaults.borderColor = css('--line');
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    var all = configs();
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var box = canvas.parentElement;
      // A bar chart is as tall as its bars, plus room for a legend that wraps on a narrow screen.
      if (box.dataset.bars) box.style.height = (Number(box.dataset.bars) * 26 + (box.clientWidth < 700 ? 140 : 70)) + 'px';
      charts.push(new Chart(canvas, all[canvas.dataset.chart]));
    });
    document.body.dataset.charts = 'drawn';
  }
  draw();
  document.querySelectorAll('input[name="agents-scale"]').forEach(function (input) {
    input.addEventListener('change', function () { perReply = input.value === 'rate' && input.checked; draw(); });
  });
  var scheme = window.matchMedia('(prefers-color-scheme: dark)');
  if (scheme.addEventListener) scheme.addEventListener('change', draw);
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
    charts.forEach(function (c) { c.resize(); });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
    charts.forEach(function (c) { c.resize(); });
  });
})();
`;
