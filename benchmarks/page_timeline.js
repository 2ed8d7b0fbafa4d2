/*
 * The map page's own timeline, for benchmarks/page_timeline.py: injected at document creation
 * (a QWebEngineScript, before any of the page's scripts), it marks when each script's global
 * appears, times the functions the page's start-up calls (by wrapping them as their objects
 * appear), the bridge's commands, and the paints; it reports everything through the console as
 * one "TIMELINE {json}" line two frames after each "rendered" the page posts. Nothing of the
 * page is changed but these wrappers.
 */
(function () {
  "use strict";
  var marks = {}; // name -> ms (performance.now()), first time only
  var spans = []; // [name, start, end]
  var sums = {}; // name -> [calls, ms]

  function mark(name) {
    if (!(name in marks)) marks[name] = performance.now();
  }

  function timedFn(name, fn, summed) {
    return function () {
      var t0 = performance.now();
      try {
        return fn.apply(this, arguments);
      } finally {
        var t1 = performance.now();
        if (summed) {
          var s = sums[name] || (sums[name] = [0, 0]);
          s[0] += 1;
          s[1] += t1 - t0;
        } else {
          spans.push([name, t0, t1]);
        }
      }
    };
  }

  function wrapMethods(owner, prefix, names, summed) {
    names.forEach(function (n) {
      if (owner && typeof owner[n] === "function") owner[n] = timedFn(prefix + n, owner[n], summed);
    });
  }

  function onGlobal(name, then) {
    var value;
    Object.defineProperty(window, name, {
      configurable: true,
      get: function () { return value; },
      set: function (v) {
        mark("global " + name);
        value = then ? then(v) || v : v;
      },
    });
  }

  mark("injected");

  onGlobal("L", function (L) {
    // Leaflet's prototypes: summed over every call (a call per layer)
    wrapMethods(L.Polyline.prototype, "Polyline.", ["_project", "_update"], true);
    wrapMethods(L.Polygon.prototype, "Polygon.", ["_update"], true);
    wrapMethods(L.Canvas.prototype, "Canvas.", ["_update", "_redraw", "_draw", "_updatePoly"], true);
    wrapMethods(L.GeoJSON.prototype, "GeoJSON.", ["addData"], true);
    var geoJSON = L.geoJSON;
    L.geoJSON = timedFn("L.geoJSON", geoJSON, true);
    return L;
  });
  onGlobal("topojson", function (t) {
    // topojson-client sets its methods on the object after assigning it: wrap at first use
    var wrapped = false;
    return new Proxy(t, {
      get: function (target, key) {
        if (!wrapped && target.feature) {
          wrapped = true;
          wrapMethods(target, "topojson.", ["feature", "mesh", "meshArcs", "neighbors"], true);
        }
        return target[key];
      },
    });
  });
  onGlobal("Supercluster");
  onGlobal("EXPLORER_BASEMAP");
  onGlobal("explorerBasemap", function (b) {
    wrapMethods(b, "basemap.", ["prepare", "addTo", "countries"], false);
    wrapMethods(b, "basemap.", ["outline"], true); // a country item's outline, summed
    // the basemap's own layer classes, if it has any (summed over every call)
    var prepare = b.prepare;
    var seen = [];
    b.prepare = function () {
      var made = prepare.apply(this, arguments);
      Object.keys(made.layers || {}).forEach(function (name) {
        var group = made.layers[name], first = group && group.getLayers && group.getLayers()[0];
        var proto = first && Object.getPrototypeOf(first);
        if (!proto || seen.indexOf(proto) >= 0) return;
        seen.push(proto);
        ["_project", "_update", "_clipPoints", "_ringPoints"].forEach(function (m) {
          if (Object.prototype.hasOwnProperty.call(proto, m)) {
            proto[m] = timedFn("basemap layer " + name + "." + m, proto[m], true);
          }
        });
      });
      return made;
    };
  });
  onGlobal("explorerMap", function (m) {
    wrapMethods(m, "explorerMap.", ["init"], false);
  });
  onGlobal("QWebChannel", function (QWebChannel) {
    return function (transport, callback) {
      mark("channel asked");
      return new QWebChannel(transport, function (channel) {
        mark("channel up");
        var bridge = channel.objects.bridge;
        var connect = bridge.command.connect.bind(bridge.command);
        bridge.command.connect = function (handler) {
          connect(function (text) {
            var cmd = "?", msg = null;
            try { msg = JSON.parse(text); cmd = msg.cmd; } catch (e) { /* reported by the page */ }
            mark("first " + cmd);
            countFrames();
            if (cmd === "batch" && Array.isArray(msg.commands)) { // its commands, in its one task
              msg.commands.forEach(function (one) { mark("first " + (one && one.cmd)); });
            }
            timedFn("cmd " + cmd, handler, false)(text);
          });
        };
        var post = bridge.post.bind(bridge);
        bridge.post = function (text) {
          var message = JSON.parse(text), event = message.event;
          spans.push(["event " + event, performance.now(), performance.now()]);
          // the first view painted: the render that answers the ping inside "start"
          if (event === "rendered" && message.tick) mark("first rendered with a tick");
          post(text);
          if (event === "rendered") {
            requestAnimationFrame(function () { requestAnimationFrame(report); });
          }
        };
        callback(channel);
      });
    };
  });

  // Each animation frame from the first command on (its rAF callbacks: a frame the page
  // lays out and paints), marked "frame N" until the first render with a tick is posted.
  var frames = 0;
  function countFrames() {
    if (frames > 0) return;
    frames = 1;
    requestAnimationFrame(function frame() {
      if ("first rendered with a tick" in marks) return;
      mark("frame " + frames++);
      requestAnimationFrame(frame);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { mark("DOMContentLoaded"); });
  window.addEventListener("load", function () { mark("load"); });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { mark(e.name); });
    }).observe({ type: "paint", buffered: true });
  } catch (e) { /* no paint timing */ }
  var longTasks = [0, 0];
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { longTasks[0] += 1; longTasks[1] += e.duration; });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { /* no long task timing */ }

  function report() {
    var nav = performance.getEntriesByType("navigation")[0];
    var navigation = {};
    if (nav) {
      ["responseEnd", "domInteractive", "domContentLoadedEventEnd", "loadEventEnd"].forEach(
        function (k) { navigation[k] = nav[k]; });
    }
    console.log("TIMELINE " + JSON.stringify({
      marks: marks, spans: spans, sums: sums, navigation: navigation,
      longTasks: longTasks, now: performance.now(), origin: performance.timeOrigin,
    }));
  }
})();
