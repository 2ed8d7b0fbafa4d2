/*
 * explorer's map page: draws the GeoJSON that Python sends through the QWebChannel bridge and
 * reports clicks back. The page is built once; every later change is a message, so pan and zoom
 * survive filtering and imports.
 *
 * Messages from Python (bridge.command, a JSON string):
 *   {"cmd": "setData", "data": FeatureCollection, "fit": bool}
 *   {"cmd": "select", "id": str, "fly": bool}      {"cmd": "highlight", "ids": [str]}
 *   {"cmd": "flyTo", "id": str}                    {"cmd": "fitBounds", "bbox": [w, s, e, n]}
 *   {"cmd": "click", "id": str}                    {"cmd": "locate", "id": str}
 *   {"cmd": "setPalette", "palette": {"kinds": {kind: colour}, "sides": {name: colour}}}
 * Messages to Python (bridge.post, a JSON string):
 *   {"event": "ready"}  {"event": "click", "id": str}  {"event": "rendered", "count": int}
 *   {"event": "located", "id": str, "x": number, "y": number}  {"event": "error", "message": str}
 */
(function () {
  "use strict";

  var KIND_LABELS = { place: "Place", event: "Event", asset: "Asset", theatre: "Conflict area" };

  var state = {
    map: null,
    cluster: null,
    shapes: null,
    bridge: null,
    layers: {}, // feature id -> Leaflet layer
    features: {}, // feature id -> GeoJSON feature
    selected: null,
    highlighted: [],
    palette: null,
    received: 0, // features in the last setData: what every "rendered" reports
  };

  function post(message) {
    if (state.bridge) {
      state.bridge.post(JSON.stringify(message));
    }
  }

  function colourFor(props) {
    var p = state.palette;
    if (props.side && p.sides && p.sides[props.side]) {
      return p.sides[props.side];
    }
    return p.kinds[props.kind] || p.kinds.place;
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function tooltipHtml(props) {
    var parts = ["<strong>" + escapeHtml(props.name) + "</strong>"];
    var detail = [KIND_LABELS[props.kind] || props.kind];
    if (props.type && props.type !== props.kind) detail.push(props.type.replace(/_/g, " "));
    if (props.date) detail.push(props.date);
    parts.push('<span class="ex-tip-detail">' + escapeHtml(detail.join(" · ")) + "</span>");
    var n = (props.evidence || []).length;
    if (n) parts.push('<span class="ex-tip-detail">' + n + (n === 1 ? " excerpt" : " excerpts") + "</span>");
    return parts.join("<br>");
  }

  function sideBadge(props) {
    // Colour says the side; the number repeats it for readers who cannot tell the colours apart.
    var names = Object.keys(state.palette.sides || {});
    var i = props.side ? names.indexOf(props.side) : -1;
    return i < 0 ? "" : '<span class="ex-badge">' + (i + 1) + "</span>";
  }

  function pointIcon(props, selected) {
    var cls = "ex-marker ex-" + (props.kind || "place");
    if (selected) cls += " ex-selected";
    if (state.highlighted.indexOf(props.id) >= 0) cls += " ex-highlighted";
    if (props.review === "rejected") cls += " ex-rejected";
    return L.divIcon({
      className: "ex-icon",
      html: '<span class="' + cls + '" style="--ex-colour:' + colourFor(props) + '">' +
        sideBadge(props) + "</span>",
      iconSize: [18, 18],
      iconAnchor: [9, 9],
    });
  }

  function shapeStyle(props) {
    var colour = colourFor(props);
    var selected = state.selected === props.id;
    var highlighted = state.highlighted.indexOf(props.id) >= 0;
    if (props.precision === "country") {
      return { color: colour, weight: selected ? 2.5 : 1, opacity: selected || highlighted ? 0.9 : 0.45,
               dashArray: "2 3", fillColor: colour, fillOpacity: selected || highlighted ? 0.15 : 0.02 };
    }
    if (props.kind === "theatre") {
      return { color: colour, weight: selected ? 3 : 1.5, dashArray: "6 4", fillColor: colour,
               fillOpacity: selected || highlighted ? 0.18 : 0.07, opacity: 0.9 };
    }
    if (props.kind === "event") {
      // An event on a route (a deal about a pipeline) runs dashed over the route itself.
      return { color: colour, weight: selected ? 5 : highlighted ? 4 : 2.5, opacity: 0.95,
               dashArray: "6 6", fillColor: colour, fillOpacity: 0.2 };
    }
    return { color: colour, weight: selected ? 6 : highlighted ? 5 : 3.5, opacity: 0.95,
             fillColor: colour, fillOpacity: selected || highlighted ? 0.35 : 0.2 };
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
    if (!feature.geometry || feature.geometry.type !== "Point") return feature.geometry ? feature : null;
    if (props.precision === "country") {
      var shape = countryShape(props.country);
      return shape ? { type: "Feature", geometry: shape, properties: props } : null;
    }
    // A sea or a region known only by a point would be a false-precision pin: list it, do not draw it.
    if (props.precision === "area") return null;
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
      layer = L.marker([c[1], c[0]], { icon: pointIcon(props, false), keyboard: true,
                                        title: props.name, riseOnHover: true });
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
      if (state.selected === id) layer.setZIndexOffset(1000); else layer.setZIndexOffset(0);
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
    var layer = state.layers[id];
    if (!layer) return;
    if (!layer.getLatLng) {
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
    // Two frames: the first lays out markers and paths, the second paints them.
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { post({ event: "rendered", count: count }); });
    });
  }

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
      if (state.legend) state.legend.innerHTML = legendHtml();
      afterRender(features.length);
    },
    select: function (msg) {
      var previous = state.selected;
      state.selected = msg.id || null;
      if (previous) restyle(previous);
      if (state.selected) {
        restyle(state.selected);
        if (msg.fly) flyTo(state.selected);
      }
      afterRender(state.received);
    },
    highlight: function (msg) {
      var previous = state.highlighted;
      state.highlighted = msg.ids || [];
      previous.concat(state.highlighted).forEach(restyle);
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
    },
    setPalette: function (msg) {
      state.palette = msg.palette;
      if (state.legend) state.legend.innerHTML = legendHtml();
      Object.keys(state.layers).forEach(restyle);
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

  function legendHtml() {
      var rows = ["place", "event", "asset", "theatre"].map(function (kind) {
        var swatch = kind === "theatre"
          ? '<span class="ex-swatch-area" style="--ex-colour:' + state.palette.kinds[kind] + '"></span>'
          : '<span class="ex-marker ex-' + kind + '" style="--ex-colour:' + state.palette.kinds[kind] + '"></span>';
        return '<div class="ex-legend-row">' + swatch + "<span>" + KIND_LABELS[kind] + "</span></div>";
      });
      var html = '<div class="ex-legend-title">Legend</div>' + rows.join("") +
        '<div class="ex-legend-row"><span class="ex-swatch-line" style="--ex-colour:' +
        state.palette.kinds.asset + '"></span><span>Route (pipeline)</span></div>';
      var present = {};
      Object.keys(state.features).forEach(function (id) {
        var side = state.features[id].properties.side;
        if (side) present[side] = true;
      });
      var all = Object.keys(state.palette.sides || {});
      var sides = all.filter(function (name) { return present[name]; });
      if (sides.length) {
        html += '<div class="ex-legend-title ex-legend-sides">Sides</div>' + sides.map(function (name) {
          return '<div class="ex-legend-row"><span class="ex-marker ex-place" style="--ex-colour:' +
            state.palette.sides[name] + '"><span class="ex-badge">' + (all.indexOf(name) + 1) +
            "</span></span><span>" +
            escapeHtml(name) + "</span></div>";
        }).join("");
      }
      return html;
  }

  function addLegend(map) {
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "ex-legend");
      div.innerHTML = legendHtml();
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      state.legend = div;
      return div;
    };
    legend.addTo(map);
  }

  function init(map, cluster, options) {
    state.map = map;
    state.cluster = cluster;
    state.palette = options.palette;
    map.createPane("exShapes").style.zIndex = 420;
    state.shapes = L.featureGroup([], { pane: "exShapes" }).addTo(map);
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
    window.onerror = function (message, source, line) {
      post({ event: "error", message: message + " (" + source + ":" + line + ")" });
    };
    new QWebChannel(qt.webChannelTransport, function (channel) {
      state.bridge = channel.objects.bridge;
      state.bridge.command.connect(onCommand);
      post({ event: "ready" });
    });
  }

  window.explorerMap = { init: init };
})();
