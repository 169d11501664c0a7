/*
 * Draws each .bpmn-diagram element with bpmn-js's NavigatedViewer (bundled from the npm package at
 * build time): the BPMN XML comes from the engine through the REST API, the counts per activity
 * from the process status endpoint. Instances show as a badge at the bottom left of an activity,
 * incidents as a red badge at the bottom right; data-highlight marks one activity.
 */
(function () {
  'use strict';

  function json(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status + ' for ' + url); }
        return r.json();
      });
  }

  function badge(cls, activity, value, title) {
    var span = document.createElement('span');
    span.className = cls;
    span.setAttribute('data-activity', activity);
    span.setAttribute('title', title);
    span.textContent = String(value);
    return span;
  }

  /** A wide process fitted to the page is too small to read: zoom in on where things are. */
  function readable(canvas, element) {
    if (canvas.zoom() < 0.5) {
      canvas.zoom(0.6);
      if (element) { canvas.scrollToElement(element, { top: 120, bottom: 120, left: 200, right: 200 }); }
    }
  }

  function draw(el) {
    var viewer = new BpmnJS({ container: el });
    fetch(el.dataset.xml, { credentials: 'same-origin', headers: { Accept: 'application/xml' } })
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status + ' for the diagram'); }
        return r.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        canvas.zoom('fit-viewport', 'auto');
        if (el.dataset.highlight) {
          if (viewer.get('elementRegistry').get(el.dataset.highlight)) {
            canvas.addMarker(el.dataset.highlight, 'highlight');
          }
        }
        return el.dataset.status ? json(el.dataset.status) : null;
      })
      .then(function (status) {
        if (!status) { return; }
        var definitions = Array.isArray(status) ? status : [status];
        var focus = null;
        var overlays = viewer.get('overlays');
        var registry = viewer.get('elementRegistry');
        var canvas = viewer.get('canvas');
        definitions
          .filter(function (d) { return d.processDefinitionId === el.dataset.definition; })
          .forEach(function (d) {
            d.activities.forEach(function (a) {
              var id = a.activityId;
              if (id.indexOf('#') >= 0 || !registry.get(id)) { return; }
              if (a.instances > 0) {
                overlays.add(id, 'count', {
                  position: { bottom: 12, left: -8 },
                  scale: false,
                  html: badge('bpmn-count', id, a.instances, a.instances + ' here')
                });
                if (!el.dataset.highlight) { canvas.addMarker(id, 'active'); }
              }
              if (a.incidents > 0) {
                overlays.add(id, 'incidents', {
                  position: { bottom: 12, right: 8 },
                  scale: false,
                  html: badge('bpmn-incidents', id, a.incidents, a.incidents + ' incidents')
                });
                canvas.addMarker(id, 'has-incident');
              }
              if (!focus && (a.incidents > 0 || a.instances > 0)) { focus = registry.get(id); }
            });
          });
        readable(canvas, el.dataset.highlight ? registry.get(el.dataset.highlight) : focus);
      })
      .then(function () { el.setAttribute('data-ready', 'true'); })
      .catch(function (e) {
        el.setAttribute('data-ready', 'error');
        var p = document.createElement('p');
        p.className = 'notice';
        p.setAttribute('role', 'alert');
        p.textContent = 'The diagram could not be drawn (' + e.message + '). Reload the page to try again.';
        el.parentNode.insertBefore(p, el);
      });
  }

  function init() {
    document.querySelectorAll('.bpmn-diagram').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
