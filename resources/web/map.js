/*
 * explorer's map page: draws the items Python sends through the QWebChannel bridge, labels
 * them, and reports clicks back. The page is built once; every later change is a message, so
 * pan and zoom survive filtering, reviews and imports.
 *
 * Items arrive in the compact form of explorer.items.Item.map_feature(): properties id, kind,
 * name, type, n (number of excerpts) and, when they have them, date, country, precision,
 * side, theatre, review. A country ("precision": "country") comes without geometry and is
 * drawn with the basemap's own outline.
 *
 * Messages from Python (bridge.command, a JSON string):
 *   {"cmd": "setData", "data": FeatureCollection, "fit": bool}
 *   {"cmd": "select", "id": str, "fly": bool}      {"cmd": "highlight", "ids": [str]}
 *   {"cmd": "flyTo", "id": str}                    {"cmd": "fitBounds", "bbox": [w, s, e, n]}
 *   {"cmd": "click", "id": str}                    {"cmd": "locate", "id": str}
 *   {"cmd": "setPalette", "palette": {"kinds", "sides", "numbers", "ink"}}   {"cmd": "ping"}
 *   {"cmd": "resize"}
 * Messages to Python (bridge.post, a JSON string):
 *   {"event": "ready"}  {"event": "click", "id": str}  {"event": "rendered", "count": int}
 *   {"event": "located", "id": str, "x": number, "y": number}  {"event": "error", "message": str}
 */
(function () {
  "use strict";

  var MAX_LABELS = 80;
  var LABEL_CHARS = 34;
  var LABEL_FONT = "600 12px system-ui, 'DejaVu Sans', sans-serif";
  var KIND_RANK = { theatre: 4, event: 3, asset: 2, place: 1 };

  var state = {
    map: null,
    cluster: null,
    shapes: null,
    labels: null,
    bridge: null,
    layers: {}, // item id -> Leaflet layer
    features: {}, // item id -> drawn GeoJSON feature
    selected: null,
    highlighted: [],
    palette: null,
    kindLabels: {},
    received: 0, // features in the last setData: what every "rendered" reports
    legend: null,
    legendCollapsed: false,
  };

  function post(message) {
    if (state.bridge) {
      state.bridge.post(JSON.stringify(message));
    }
  }

  function colourFor(props) {
    var p = state.palette;
    if (props.side && p.sides && p.sides[props.side]) return p.sides[props.side];
    return p.kinds[props.kind] || p.kinds.place;
  }

  function inkFor(colour) {
    return (state.palette.ink && state.palette.ink[colour]) || "#FFFFFF";
  }

  function sideNumber(props) {
    var numbers = state.palette.numbers || {};
    return props.side && numbers[props.side] ? numbers[props.side] : null;
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function tooltipHtml(props) {
    var parts = ["<strong>" + escapeHtml(props.name) + "</strong>"];
    var detail = [state.kindLabels[props.kind] || props.kind];
    if (props.type && props.type !== props.kind && props.kind !== "event") {
      detail.push(props.type.replace(/_/g, " "));
    }
    if (props.date) detail.push(props.date);
    parts.push('<span class="ex-tip-detail">' + escapeHtml(detail.join(" · ")) + "</span>");
    if (props.side) {
      parts.push('<span class="ex-tip-detail">Side ' + sideNumber(props) + ": " +
        escapeHtml(props.side) + "</span>");
    }
    if (props.review && props.review !== "unreviewed") {
      parts.push('<span class="ex-tip-detail">' + escapeHtml(props.review) + " by an analyst</span>");
    }
    var n = props.n || 0;
    if (n) parts.push('<span class="ex-tip-detail">' + n + (n === 1 ? " excerpt" : " excerpts") + "</span>");
    return parts.join("<br>");
  }

  function markerHtml(props, extraClass) {
    var colour = colourFor(props);
    var number = sideNumber(props);
    var cls = "ex-marker ex-" + (props.kind || "place") + (number ? " ex-sided" : "") +
      (props.layer ? " ex-imported" : "") + (extraClass || "");
    var badge = number ? '<span class="ex-badge" style="color:' + inkFor(colour) + '">' + number + "</span>" : "";
    var mark = props.review === "confirmed" || props.review === "edited" ? '<span class="ex-checked">✓</span>' : "";
    return '<span class="' + cls + '" style="--ex-colour:' + colour + '">' + badge + "</span>" + mark;
  }

  function pointIcon(props, selected) {
    var extra = "";
    if (selected) extra += " ex-selected";
    if (state.highlighted.indexOf(props.id) >= 0) extra += " ex-highlighted";
    if (props.review === "rejected") extra += " ex-rejected";
    var size = sideNumber(props) ? 24 : 18;
    return L.divIcon({
      className: "ex-icon",
      html: markerHtml(props, extra),
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
  }

  function shapeStyle(props) {
    var colour = colourFor(props);
    var selected = state.selected === props.id;
    var highlighted = state.highlighted.indexOf(props.id) >= 0;
    var rejected = props.review === "rejected";
    var style;
    if (props.precision === "country" || (props.kind === "place" && props.precision === "area")) {
      // A country or a region is a setting, not a spot: a light outline that hides nothing.
      style = { color: colour, weight: selected ? 2.5 : 1, opacity: selected || highlighted ? 0.9 : 0.45,
                dashArray: "2 3", fillColor: colour, fillOpacity: selected || highlighted ? 0.15 : 0.02 };
    } else if (props.kind === "theatre") {
      style = { color: colour, weight: selected ? 3 : 1.5, dashArray: "6 4", fillColor: colour,
                fillOpacity: selected || highlighted ? 0.18 : 0.07, opacity: 0.9 };
    } else if (props.kind === "event") {
      // An event on a route (a deal about a pipeline) runs dashed over the route itself.
      style = { color: colour, weight: selected ? 5 : highlighted ? 4 : 2.5, opacity: 0.95,
                dashArray: "6 6", fillColor: colour, fillOpacity: 0.2 };
    } else {
      style = { color: colour, weight: selected ? 6 : highlighted ? 5 : 3.5, opacity: 0.95,
                fillColor: colour, fillOpacity: selected || highlighted ? 0.35 : 0.2 };
    }
    if (rejected) {
      style.color = style.fillColor = "#999999";
      style.opacity = 0.5;
    }
    return style;
  }

  function onFeatureClick(id) {
    return function (e) {
      L.DomEvent.stopPropagation(e);
      post({ event: "click", id: id });
    };
  }

  var countryShapes = null;

  function countryShape(code) {
    // Countries are drawn with the basemap's own outline, never as a point at their centre.
    if (countryShapes === null) {
      countryShapes = {};
      var base = window.EXPLORER_BASEMAP;
      if (base && window.topojson) {
        topojson.feature(base.topology, base.topology.objects.countries).features.forEach(
          function (f) { countryShapes[f.id] = f.geometry; });
      }
    }
    return countryShapes[code] || null;
  }

  function drawable(feature) {
    var props = feature.properties || {};
    if (props.precision === "country") {
      var shape = countryShape(props.country);
      return shape ? { type: "Feature", geometry: shape, properties: props } : null;
    }
    if (!feature.geometry) return null;
    // A sea or a region known only by a point would be a false-precision pin: list it, do not draw it.
    if (feature.geometry.type === "Point" && props.precision === "area") return null;
    return feature;
  }

  function addFeature(original) {
    var feature = drawable(original);
    var props = original.properties || {};
    var id = props.id;
    if (!id || !feature) return;
    var layer;
    if (feature.geometry.type === "Point") {
      var c = feature.geometry.coordinates;
      layer = L.marker([c[1], c[0]], { icon: pointIcon(props, state.selected === id), keyboard: true,
                                        title: props.name, riseOnHover: true,
                                        exSide: props.review === "rejected" ? null : props.side });
      state.cluster.addLayer(layer);
    } else {
      layer = L.geoJSON(feature, { style: function () { return shapeStyle(props); } });
      state.shapes.addLayer(layer);
    }
    layer.bindTooltip(tooltipHtml(props), { direction: "top", sticky: feature.geometry.type !== "Point" });
    layer.on("click", onFeatureClick(id));
    state.layers[id] = layer;
    state.features[id] = feature;
  }

  function restyle(id) {
    var layer = state.layers[id];
    var feature = state.features[id];
    if (!layer || !feature) return;
    var props = feature.properties;
    if (layer.setIcon) {
      layer.setIcon(pointIcon(props, state.selected === id));
      layer.setZIndexOffset(state.selected === id ? 1000 : 0);
    } else {
      layer.setStyle(shapeStyle(props));
      if (state.selected === id) layer.bringToFront();
    }
  }

  function boundsOf(id) {
    var layer = state.layers[id];
    if (!layer) return null;
    return layer.getLatLng ? L.latLngBounds([layer.getLatLng(), layer.getLatLng()]) : layer.getBounds();
  }

  function flyTo(id) {
    // Reports "rendered" once the map has come to rest, never in the middle of the flight.
    var layer = state.layers[id];
    if (!layer) return afterRender(state.received);
    if (!layer.getLatLng) {
      var done = false;
      var arrive = function () {
        if (done) return;
        done = true;
        afterRender(state.received);
      };
      state.map.once("moveend", arrive);
      setTimeout(arrive, 2000); // a flight that does not move ends no move
      state.map.flyToBounds(layer.getBounds(), { maxZoom: 7, padding: [40, 40], duration: 0.6 });
      return;
    }
    // Close enough to read the place, then open the cluster it may still sit in (an event
    // and its place share one point, so no zoom level separates them).
    state.map.once("moveend", function () {
      var parent = state.cluster.getVisibleParent(layer);
      if (parent && parent !== layer && parent.spiderfy) parent.spiderfy();
      afterRender(state.received);
    });
    state.map.setView(layer.getLatLng(), Math.max(state.map.getZoom(), 7), { animate: false });
  }

  function quantile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  }

  function fitBoundsOfItems() {
    // Fit where the items are: with many items, one far-off mention (a capital quoted once)
    // should not zoom the map out to the whole world, so trim the outer 5% on each side.
    var all = Object.keys(state.layers).map(boundsOf).filter(Boolean);
    if (all.length < 12) {
      var b = L.latLngBounds([]);
      all.forEach(function (x) { b.extend(x); });
      return b;
    }
    var lats = [], lngs = [];
    all.forEach(function (x) { var c = x.getCenter(); lats.push(c.lat); lngs.push(c.lng); });
    lats.sort(function (a, b) { return a - b; });
    lngs.sort(function (a, b) { return a - b; });
    return L.latLngBounds([quantile(lats, 0.05), quantile(lngs, 0.05)],
                          [quantile(lats, 0.95), quantile(lngs, 0.95)]);
  }

  function fitAll() {
    var bounds = fitBoundsOfItems();
    var size = state.map.getSize();
    // A container not laid out yet (a window still being arranged) fits once it has a size.
    state.fitPending = size.x < 300 || size.y < 200;
    if (bounds.isValid()) state.map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6, animate: false });
  }

  function afterRender(count) {
    // Labels follow what is drawn; two frames later everything is painted.
    placeLabels();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { post({ event: "rendered", count: count }); });
    });
  }

  // --- clusters ---------------------------------------------------------------------------
  // A cluster stays neutral, ringed with the colours of the sides inside it (in proportion),
  // so that colour still says "a side is here" before the analyst zooms in.

  function clusterIcon(cluster) {
    var n = cluster.getChildCount();
    var counts = {};
    var sided = 0;
    cluster.getAllChildMarkers().forEach(function (m) {
      var side = m.options.exSide;
      if (side && state.palette.sides && state.palette.sides[side]) {
        counts[side] = (counts[side] || 0) + 1;
        sided += 1;
      }
    });
    var size = n < 10 ? 34 : n < 100 ? 40 : 46;
    var stops = [];
    var at = 0;
    Object.keys(counts).sort().forEach(function (side) {
      var end = at + (360 * counts[side]) / n;
      stops.push(state.palette.sides[side] + " " + at + "deg " + end + "deg");
      at = end;
    });
    if (at < 360) stops.push("rgba(60, 60, 60, 0.3) " + at + "deg 360deg");
    var ring = "background: conic-gradient(" + stops.join(", ") + ")";
    return L.divIcon({
      className: "ex-cluster-icon",
      html: '<div class="ex-cluster' + (sided ? " ex-cluster-sided" : "") + '" style="' + ring +
        '"><span>' + n + "</span></div>",
      iconSize: [size, size],
    });
  }

  // --- labels -----------------------------------------------------------------------------
  // Placed greedily, most important first, where they overlap neither another label nor a
  // symbol; what does not fit waits for the analyst to zoom in. Clusters are labelled by
  // their most important item ("Sochi +2").

  var measurer = null;

  function textWidth(text) {
    if (!measurer) {
      measurer = document.createElement("canvas").getContext("2d");
      measurer.font = LABEL_FONT;
    }
    return Math.ceil(measurer.measureText(text).width);
  }

  function shortName(props) {
    var name = String(props.name || "");
    return name.length > LABEL_CHARS ? name.slice(0, LABEL_CHARS - 1).trimEnd() + "…" : name;
  }

  function rankOf(props) {
    if (props.id === state.selected) return 1e9;
    var rank = (KIND_RANK[props.kind] || 0) * 1000 + Math.min(props.n || 0, 999);
    if (props.side) rank += 500;
    if (state.highlighted.indexOf(props.id) >= 0) rank += 1e6;
    return rank;
  }

  function overlaps(a, list) {
    for (var i = 0; i < list.length; i++) {
      var b = list[i];
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) return true;
    }
    return false;
  }

  function labelCandidates(size) {
    var candidates = [];
    var obstacles = [];
    var clusters = {};
    var map = state.map;
    Object.keys(state.layers).forEach(function (id) {
      var layer = state.layers[id];
      var props = state.features[id].properties;
      if (props.review === "rejected") return;
      if (layer.getLatLng) {
        var parent = state.cluster.getVisibleParent(layer);
        if (!parent) return;
        var p = map.latLngToContainerPoint(parent.getLatLng());
        if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) return;
        if (parent !== layer) {
          var key = L.stamp(parent);
          var entry = clusters[key];
          if (!entry) {
            entry = clusters[key] = { point: p, latlng: parent.getLatLng(), best: props,
                                      count: parent.getChildCount(), radius: 20 };
            obstacles.push({ x0: p.x - 20, x1: p.x + 20, y0: p.y - 20, y1: p.y + 20 });
          } else if (rankOf(props) > rankOf(entry.best)) {
            entry.best = props;
          }
          return;
        }
        var r = props.side ? 12 : 9;
        obstacles.push({ x0: p.x - r, x1: p.x + r, y0: p.y - r, y1: p.y + r });
        candidates.push({ props: props, point: p, latlng: layer.getLatLng(), radius: r,
                          text: shortName(props) });
      } else if (props.kind === "theatre" || /LineString/.test(state.features[id].geometry.type)) {
        var centre = layer.getBounds().getCenter();
        if (props.kind !== "theatre") {
          var latlngs = [];
          layer.eachLayer(function (l) {
            if (!l.getLatLngs) return;
            var line = l.getLatLngs();
            while (line.length && Array.isArray(line[0])) line = line[0];
            latlngs = latlngs.concat(line);
          });
          if (latlngs.length) centre = latlngs[Math.floor(latlngs.length / 2)];
        }
        var q = map.latLngToContainerPoint(centre);
        if (q.x < 0 || q.y < 0 || q.x > size.x || q.y > size.y) return;
        candidates.push({ props: props, point: q, latlng: centre, radius: 0, text: shortName(props),
                          centred: true });
      }
    });
    Object.keys(clusters).forEach(function (key) {
      var c = clusters[key];
      var more = c.count - 1;
      candidates.push({ props: c.best, point: c.point, latlng: c.latlng, radius: c.radius,
                        text: shortName(c.best) + (more > 0 ? " +" + more : "") });
    });
    candidates.sort(function (a, b) { return rankOf(b.props) - rankOf(a.props); });
    return { candidates: candidates, obstacles: obstacles };
  }

  function placeLabels() {
    if (!state.labels || !state.map) return;
    state.labels.clearLayers();
    var size = state.map.getSize();
    var found = labelCandidates(size);
    var placed = found.obstacles.slice();
    var shown = 0;
    found.candidates.forEach(function (c) {
      if (shown >= MAX_LABELS) return;
      var w = textWidth(c.text) + 8;
      var h = 18;
      var p = c.point;
      var gap = c.radius + 3;
      var spots = c.centred
        ? [[-w / 2, -h / 2]]
        : [[gap, -h / 2], [-gap - w, -h / 2], [-w / 2, -gap - h], [-w / 2, gap]];
      for (var i = 0; i < spots.length; i++) {
        var box = { x0: p.x + spots[i][0], y0: p.y + spots[i][1] };
        box.x1 = box.x0 + w;
        box.y1 = box.y0 + h;
        if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.x || box.y1 > size.y) continue;
        // A centred label may lie over its own area, not over other symbols.
        if (overlaps(box, c.centred ? placed.slice(found.obstacles.length) : placed)) continue;
        if (c.centred && overlaps(box, found.obstacles)) continue;
        placed.push(box);
        shown += 1;
        var cls = "ex-label ex-label-" + c.props.kind + (c.props.id === state.selected ? " ex-label-selected" : "");
        state.labels.addLayer(L.marker(c.latlng, {
          interactive: false,
          keyboard: false,
          pane: "exLabels",
          icon: L.divIcon({
            className: cls,
            html: escapeHtml(c.text),
            iconSize: [w, h],
            iconAnchor: [-spots[i][0], -spots[i][1]],
          }),
        }));
        return;
      }
    });
  }

  // --- legend -----------------------------------------------------------------------------

  function legendHtml() {
    var p = state.palette;
    var head = '<div class="ex-legend-head" title="Drag to move; click the arrow to fold">' +
      '<span class="ex-legend-title">Legend</span>' +
      '<button type="button" class="ex-legend-toggle" aria-label="Fold or unfold the legend">' +
      (state.legendCollapsed ? "▸" : "▾") + "</button></div>";
    if (state.legendCollapsed) return head;
    var rows = ["place", "event", "asset"].map(function (kind) {
      return '<div class="ex-legend-row"><span class="ex-marker ex-' + kind + '" style="--ex-colour:' +
        p.kinds[kind] + '"></span><span>' + escapeHtml(state.kindLabels[kind] || kind) + "</span></div>";
    });
    rows.push('<div class="ex-legend-row"><span class="ex-swatch-area" style="--ex-colour:' +
      p.kinds.theatre + '"></span><span>' + escapeHtml(state.kindLabels.theatre || "Conflict area") + "</span></div>");
    rows.push('<div class="ex-legend-row"><span class="ex-swatch-line" style="--ex-colour:' +
      p.kinds.asset + '"></span><span>Route (pipeline)</span></div>');
    rows.push('<div class="ex-legend-note">Grey: no side · ✓ confirmed by an analyst</div>');
    var present = {};
    Object.keys(state.features).forEach(function (id) {
      var side = state.features[id].properties.side;
      if (side) present[side] = true;
    });
    var numbers = p.numbers || {};
    var sides = Object.keys(present).filter(function (name) { return p.sides[name]; });
    sides.sort(function (a, b) { return (numbers[a] || 0) - (numbers[b] || 0); });
    var html = head + '<div class="ex-legend-body">' + rows.join("");
    if (sides.length) {
      html += '<div class="ex-legend-title ex-legend-sides">Sides</div>' + sides.map(function (name) {
        var colour = p.sides[name];
        return '<div class="ex-legend-row ex-legend-side"><span class="ex-marker ex-place ex-sided" style="--ex-colour:' +
          colour + '"><span class="ex-badge" style="color:' + inkFor(colour) + '">' + numbers[name] +
          "</span></span><span>" + escapeHtml(name) + "</span></div>";
      }).join("");
    }
    html += layersLegendHtml(p);
    return html + "</div>";
  }

  function layersLegendHtml(p) {
    // Imported event tables (ACLED-style) are layers of their own: one entry each, counted.
    var layers = {};
    Object.keys(state.features).forEach(function (id) {
      var layer = state.features[id].properties.layer;
      if (layer) layers[layer] = (layers[layer] || 0) + 1;
    });
    var names = Object.keys(layers).sort();
    if (!names.length) return "";
    return '<div class="ex-legend-title ex-legend-sides">Imported tables</div>' + names.map(function (name) {
      return '<div class="ex-legend-row ex-legend-layer"><span class="ex-marker ex-event ex-imported" style="--ex-colour:' +
        p.kinds.event + '"></span><span>' + escapeHtml(name) + " (" + layers[name] + " events)</span></div>";
    }).join("");
  }

  function refreshLegend() {
    if (state.legend) state.legend.innerHTML = legendHtml();
  }

  function addLegend(map) {
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "ex-legend");
      state.legend = div;
      div.innerHTML = legendHtml();
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      L.DomEvent.on(div, "click", function (e) {
        if (e.target && e.target.classList && e.target.classList.contains("ex-legend-toggle")) {
          state.legendCollapsed = !state.legendCollapsed;
          refreshLegend();
        }
      });
      // Movable: drag it by its head to wherever it hides nothing the analyst needs.
      var offset = { x: 0, y: 0 };
      var start = null;
      L.DomEvent.on(div, "mousedown", function (e) {
        var head = e.target.closest && e.target.closest(".ex-legend-head");
        if (!head || e.target.classList.contains("ex-legend-toggle")) return;
        start = { x: e.clientX - offset.x, y: e.clientY - offset.y };
        L.DomEvent.preventDefault(e);
      });
      L.DomEvent.on(document, "mousemove", function (e) {
        if (!start) return;
        offset = { x: e.clientX - start.x, y: e.clientY - start.y };
        div.style.transform = "translate(" + offset.x + "px," + offset.y + "px)";
      });
      L.DomEvent.on(document, "mouseup", function () { start = null; });
      return div;
    };
    legend.addTo(map);
  }

  // --- commands -----------------------------------------------------------------------------

  var commands = {
    setData: function (msg) {
      state.cluster.clearLayers();
      state.shapes.clearLayers();
      state.layers = {};
      state.features = {};
      var features = (msg.data && msg.data.features) || [];
      state.received = features.length;
      // Areas first so that lines and points are drawn over them.
      var order = { theatre: 0, place: 1, asset: 2, event: 3 };
      features.slice().sort(function (a, b) {
        return (order[a.properties.kind] || 1) - (order[b.properties.kind] || 1);
      }).forEach(addFeature);
      if (state.selected && !state.layers[state.selected]) state.selected = null;
      if (msg.fit && features.length) fitAll();
      refreshLegend();
      afterRender(features.length);
    },
    select: function (msg) {
      var previous = state.selected;
      state.selected = msg.id || null;
      if (previous) restyle(previous);
      if (state.selected) restyle(state.selected);
      if (state.selected && msg.fly) flyTo(state.selected);
      else afterRender(state.received);
    },
    highlight: function (msg) {
      var previous = state.highlighted;
      state.highlighted = msg.ids || [];
      previous.concat(state.highlighted).forEach(restyle);
      afterRender(state.received);
    },
    flyTo: function (msg) { flyTo(msg.id); },
    ping: function () {
      // Change one nearly transparent pixel so that the page sends a fresh frame: a grab
      // after a ping then shows everything drawn before it.
      var tick = document.getElementById("ex-tick");
      if (!tick) {
        tick = document.createElement("div");
        tick.id = "ex-tick";
        document.body.appendChild(tick);
      }
      tick.className = tick.className === "ex-tick-a" ? "ex-tick-b" : "ex-tick-a";
      afterRender(state.received);
    },
    resize: function () {
      state.map.invalidateSize({ pan: false });
      if (state.fitPending) fitAll();
      placeLabels();
    },
    setPalette: function (msg) {
      state.palette = msg.palette;
      refreshLegend();
      Object.keys(state.layers).forEach(restyle);
      state.cluster.refreshClusters();
      afterRender(state.received);
    },
    click: function (msg) {
      var layer = state.layers[msg.id];
      if (layer) layer.fire("click", { latlng: boundsOf(msg.id).getCenter() });
    },
    locate: function (msg) {
      var bounds = boundsOf(msg.id);
      if (!bounds) return post({ event: "error", message: "no feature " + msg.id });
      var point = state.map.latLngToContainerPoint(bounds.getCenter());
      var box = state.map.getContainer().getBoundingClientRect();
      post({ event: "located", id: msg.id, x: point.x + box.left, y: point.y + box.top });
    },
    fitBounds: function (msg) {
      var b = msg.bbox;
      state.map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { animate: false });
      afterRender(state.received);
    },
  };

  function onCommand(text) {
    try {
      var msg = JSON.parse(text);
      var handler = commands[msg.cmd];
      if (!handler) throw new Error("unknown command " + msg.cmd);
      handler(msg);
    } catch (err) {
      post({ event: "error", message: String(err && err.stack || err) });
    }
  }

  function init(map, cluster, options) {
    state.map = map;
    state.cluster = cluster;
    cluster.options.iconCreateFunction = clusterIcon;
    state.palette = options.palette;
    state.kindLabels = options.kindLabels || {};
    map.createPane("exShapes").style.zIndex = 420;
    var labelPane = map.createPane("exLabels");
    labelPane.style.zIndex = 590; // above areas and routes, below the symbols (600)
    labelPane.style.pointerEvents = "none";
    state.shapes = L.featureGroup([], { pane: "exShapes" }).addTo(map);
    state.labels = L.layerGroup().addTo(map);
    try {
      // A broken basemap must not take the items and the bridge down with it.
      if (window.explorerBasemap) window.explorerBasemap.addTo(map);
    } catch (err) {
      console.error("basemap: " + (err && err.stack || err));
    }
    L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);
    addLegend(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(options.attribution);
    map.on("zoomend moveend", placeLabels);
    cluster.on("animationend spiderfied unspiderfied", placeLabels);
    window.onerror = function (message, source, line) {
      post({ event: "error", message: message + " (" + source + ":" + line + ")" });
    };
    new QWebChannel(qt.webChannelTransport, function (channel) {
      state.bridge = channel.objects.bridge;
      state.bridge.command.connect(onCommand);
      post({ event: "ready" });
    });
  }

  // For tests and scripting: what the page shows, as plain data.
  function describe() {
    var labels = [];
    state.labels.eachLayer(function (l) { labels.push(l.options.icon.options.html); });
    return { labels: labels, legend: state.legend ? state.legend.textContent : "",
             legendCollapsed: state.legendCollapsed, drawn: Object.keys(state.layers).length };
  }

  window.explorerMap = { init: init, describe: describe };
})();
