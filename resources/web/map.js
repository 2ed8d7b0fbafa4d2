//# allFunctionsCalledOnLoad
// (V8's compile hint: every function of this file is compiled with the file, on the thread
// that streams it in, not parsed a second time on the page's thread at its first call; most
// of them run at start. benchmarks/README.md, section 1's thirty-eighth pass.)
/*
 * explorer's map page: draws the items Python sends through the QWebChannel bridge, labels
 * them, and reports clicks back. The page is built once; every later change is a message, so
 * pan and zoom survive filtering, reviews and imports.
 *
 * Items arrive once, as columns (explorer.mapview.columns): ids, names, kinds, types, dates,
 * sides, reviews, excerpt counts, and either a point (lon, lat) or a geometry for lines and
 * areas (a country comes without one: it is drawn with the basemap's own outline). No excerpt
 * text: the window shows the evidence of the selected item. A filter, a search or a time range
 * is then a "show" message: one bit per item. Points are clustered with supercluster over the
 * places where items stand (items at one spot are one weighted point, so a filter re-indexes
 * places, not items), and only what the view holds is drawn.
 *
 * Messages from Python (bridge.command, a JSON string):
 *   {"cmd": "setData", "items": Columns, "visible": base64 bits or null, "fit": bool}
 *     (or "data": a FeatureCollection of map features instead of "items": all shown)
 *   {"cmd": "show", "visible": base64 bits or null}   {"cmd": "fit"}
 *   {"cmd": "select", "id": str, "fly": bool}      {"cmd": "highlight", "ids": [str]}
 *   {"cmd": "flyTo", "id": str}                    {"cmd": "fitBounds", "bbox": [w, s, e, n]}
 *   {"cmd": "click", "id": str}                    {"cmd": "locate", "id": str}
 *   {"cmd": "setPalette", "palette": {"kinds", "sides", "numbers", "ink"}}
 *   {"cmd": "ping", "tick": "a" | "b" (optional: the tick's state to set, else it flips)}
 *   {"cmd": "resize"}   {"cmd": "start", "still": bool} (sent once the commands queued before "ready"
 *   were: the basemap is drawn then, at the view they set; "still": for one picture, never panned;
 *   an optional "tick" makes it a ping too, right after the drawing)   {"cmd": "controls", "shown": bool}
 *   {"cmd": "batch", "commands": [message, ...]} (run in one task, in order: painted once)
 * Messages to Python (bridge.post, a JSON string):
 *   {"event": "ready"}  {"event": "click", "id": str}
 *   {"event": "rendered", "count": int, "cmd": str, "ms": number, "tick": "a" | "b",
 *   "settled": true}  (items shown; ms from the command's arrival to the second frame after its
 *   redraw, measured with performance.now(); "tick": the state a ping set, when the render
 *   answers a ping; "settled": nothing the page shows changed after that ping, nor can change
 *   with no command to come: the frame that shows its tick is the picture (see quietSince))
 *   {"event": "located", "id": str, "x": number, "y": number}  {"event": "error", "message": str}
 */
(function () {
  "use strict";

  var MAX_LABELS = 80;
  var LABEL_WIDTH = 240; // pixels of a label's line; a longer name takes a second line
  var SELECTED_RADIUS = 17; // the selected symbol's, its ring included (map.css)
  var REGION_RING = 22; // the dashed ring round a selected region known by a point only
  var LABEL_FONT = "600 12px system-ui, 'DejaVu Sans', sans-serif";
  var KIND_RANK = { theatre: 4, event: 3, asset: 2, place: 1 };
  var CLUSTER_RADIUS = 40; // pixels
  var CLUSTER_SYMBOL = 20; // a cluster's circle's radius, about
  // A cluster of more items than this is a crowd, named by its countries, not by one item: an
  // item's name "+3" reads as a place and a few beside it (on places_fresh12 "Bombing: Russia
  // in Kyiv +3", the one coloured item, said more than the three countries of its four), "+97"
  // does not.
  var CROWD = 9;
  var CROWD_COUNTRIES = 2; // a crowd of more countries than this is named by a region
  var CROWD_CODES = 60; // countries counted per cluster: more, and no region holds them
  var SPIDER_MAX = 60; // items fanned out around one spot; the table lists the rest

  var state = {
    held: null, // commands held while "start" waits for the basemap's arcs (see commands.start)
    map: null,
    maxZoom: 12,
    minZoom: 0,
    shapes: null, // areas and lines
    points: null, // symbols and clusters of the view
    labels: null,
    bridge: null,
    data: null, // the columns, decoded (see load)
    visible: null, // Uint8Array: 1 where the item is shown
    shown: 0, // items shown: what every "rendered" reports
    tickSet: null, // the tick's state a ping just set: its "rendered" says it
    index: null, // supercluster over the spots that hold a shown point
    seam: null, // the west edge of the world drawn (see seamOf), null: 180 W
    cols: null, // the items' columns as they came (setData), loaded again by reseat
    world: null, // the map's bounds as the page made it (the world from 180 W)
    layers: {}, // item id -> Leaflet layer drawn now (symbols of the view, every shape)
    drawn: [], // what the view shows, for labels: {props, latlng, radius, text, centred}
    selectedOver: null, // the selected item drawn over its cluster: {props, latlng}
    selected: null,
    highlighted: {},
    spider: -1, // the spot fanned out, or -1
    palette: null,
    kindLabels: {},
    crowds: {},
    legend: null,
    legendCollapsed: false,
    legendKinds: null, // the legend's rows of kinds as HTML, made once per set of shown items
    legendShown: null, // the legend's HTML as last written (rewritten only when it changes)
    corner: null, // the box a snapshot's own legend covers, bottom right (controls)
    noControls: false, // the controls hidden (controls): the legend is not written meanwhile
    basemapAdded: false,
    basemapAt: null, // the view where the basemap was first drawn
    started: null, // performance.now() when the command being drawn arrived
    command: null, // and its name
    fitting: false, // the view is being fitted by a command that redraws after (fitView)
    fitted: false, // the view is still the one fitAll made (nobody has moved it since)
    still: false, // started for one picture (a snapshot): never fitted again
    moving: false, // between the map's movestart and its moveend (a flight, an animated zoom)
    redraws: 0, // of the points and labels, since the data came (describe)
    // at rest (describe): the view and size the points and labels were last drawn at, a move
    // (a flight, a zoom or pan animation) under way, frames a "rendered" still waits for
    drawnAt: null, // ("moving", above, says a move is under way)
    arriving: 0, // flights to a selection whose end is still awaited (flyTo)
    frames: 0,
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
    if (!!state.highlighted[props.id]) extra += " ex-highlighted";
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
    var highlighted = !!state.highlighted[props.id];
    var rejected = props.review === "rejected";
    var style;
    if (props.precision === "country" || (props.kind === "place" && props.precision === "area")) {
      // A country or a region is a setting, not a spot: an outline that hides nothing. A place
      // named is only the story's setting, drawn light; an event or an asset known only by its
      // country is drawn by nothing else, so its outline carries its colour in full (an
      // invasion of a land "by country" was a faint tan line under a legend's bright side).
      var setting = props.kind !== "event" && props.kind !== "asset";
      var lit = selected || highlighted;
      style = { color: colour, weight: selected ? 2.5 : setting ? 1 : 1.75, opacity: lit ? 0.9 : setting ? 0.45 : 0.8,
                dashArray: "2 3", fillColor: colour, fillOpacity: lit ? 0.15 : setting ? 0.02 : 0.06 };
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

  // --- the data -----------------------------------------------------------------------------
  // Columns of one length; a column whose values repeat comes as {"codes", "values"} (a code
  // of -1 is null; the codes a list, or packed: see unpack): names, dates, coordinates and
  // every column of few distinct values. The page keeps them so, codes in a typed array: a
  // value is looked up only for what is drawn, and the loops over every item (spots, ranks,
  // the index, the legend) compare small integers, not strings.

  var CODED = ["lon", "lat", "name", "kind", "type", "date", "country", "precision", "side", "theatre", "review", "layer",
               "outline_story"];

  function unpack(col) {
    // Codes sent packed (base64 of little-endian integers of col.width bytes) as a typed array.
    if (typeof col.codes !== "string") return Int32Array.from(col.codes);
    var raw = atob(col.codes), bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return col.width === 1 ? new Int8Array(bytes.buffer)
      : col.width === 2 ? new Int16Array(bytes.buffer) : new Int32Array(bytes.buffer);
  }

  function coded(col, n) {
    // {codes, values} of a column, whichever way it came: a plain list is coded here.
    if (col == null) return { codes: new Int8Array(n).fill(-1), values: [] };
    if (!Array.isArray(col)) return { codes: unpack(col), values: col.values };
    var index = new Map(), values = [], codes = new Int32Array(n);
    for (var i = 0; i < n; i++) {
      var v = col[i];
      if (v == null) {
        codes[i] = -1;
        continue;
      }
      var c = index.get(v);
      if (c === undefined) {
        c = values.length;
        index.set(v, c);
        values.push(v);
      }
      codes[i] = c;
    }
    return { codes: codes, values: values };
  }

  function codeOf(col, value) {
    // The code of one value in a coded column, or -2 (no row has it).
    var k = col.values.indexOf(value);
    return k < 0 ? -2 : k;
  }

  function valueOf(col, i) {
    var c = col.codes[i];
    return c < 0 ? null : col.values[c];
  }

  // The world's window: the longitudes drawn run from state.seam to 360 degrees east of it.
  // From 180 W (null) unless the items lie across the antimeridian: a story of the Pacific's
  // islands (Palau to the Cook Islands, Fiji, Kiribati, the Bering Strait) took 290 degrees
  // or more of the world from 180 W, its islands specks at the map's two edges, and 70 from
  // the middle of the widest gap between its items. What lies west of the seam is drawn one
  // world's width east (the items here, the basemap and the countries' outlines in basemap.js).
  // The window is moved only when the items' box in it is shown at a greater zoom than their
  // box from 180 W, in this map, with the fit's padding: a batch of the world's news whose
  // widest gap is a little wider than the one across 180 (places_fresh16: 54.8 degrees
  // against 12.1) is shown at the same zoom either way, and keeps the world as it is drawn.
  var SEAM_GAIN = 60; // a map not laid out yet: degrees of longitude the window must save

  function seamOf(places) {
    // The middle of the widest gap between the places' longitudes when their box from there
    // is shown larger than their box from 180 W, else null. places: [lng, lat] (lat may be null).
    var v = places.map(function (p) { return p[0]; }).sort(function (a, b) { return a - b; });
    if (v.length < 2) return null;
    var across = v[0] + 360 - v[v.length - 1], widest = 0, at = -1;
    for (var i = 0; i + 1 < v.length; i++) {
      if (v[i + 1] - v[i] > widest) {
        widest = v[i + 1] - v[i];
        at = i;
      }
    }
    if (widest <= across) return null;
    // the container's size as it is now: Leaflet's getSize (and getBoundsZoom, which reads
    // it) keeps the size it first reads, and read here, before the window is laid out, it
    // kept a stale one: LGL 40's basemap names at 1600 x 1000 were then left out
    var seam = (v[at] + v[at + 1]) / 2, map = state.map, box = map ? map.getContainer() : null;
    var size = box ? L.point(box.clientWidth, box.clientHeight) : null;
    if (!size || size.x < 300 || size.y < 200) return widest >= across + SEAM_GAIN ? seam : null;
    var lats = places.map(function (p) { return p[1]; }).filter(function (y) { return y !== null && isFinite(y); });
    var south = lats.length ? Math.min.apply(null, lats) : 0, north = lats.length ? Math.max.apply(null, lats) : 0;
    size = size.subtract(L.point(2 * FIT_PADDING, 2 * FIT_PADDING));
    var fromWest = zoomToShow(L.latLngBounds([south, v[0]], [north, v[v.length - 1]]), size);
    var fromSeam = zoomToShow(L.latLngBounds([south, v[at + 1]], [north, v[at] + 360]), size);
    return fromSeam > fromWest ? seam : null;
  }

  function zoomToShow(bounds, size) {
    // The greatest zoom (in the map's steps, at most a fit's) at which the bounds fit the size.
    var map = state.map, crs = map.options.crs, snap = map.options.zoomSnap || 1;
    var nw = crs.latLngToPoint(bounds.getNorthWest(), 0), se = crs.latLngToPoint(bounds.getSouthEast(), 0);
    var scale = Math.min(size.x / Math.max(se.x - nw.x, 1e-9), size.y / Math.max(se.y - nw.y, 1e-9));
    var zoom = Math.floor(Math.log(scale) / Math.LN2 / snap + 1e-9) * snap;
    return Math.max(map.getMinZoom(), Math.min(FIT_MAX_ZOOM, zoom));
  }

  function placedLngs(n, lon, lat, precision, d, keep) {
    // Where each item lies, as the fit counts it, as [lng, lat]: its point; a country's
    // largest part east or west (where the basemap names it; else its point); a line's or
    // area's box's middle when it spans 180 degrees or less. keep: only the items it marks.
    var country = codeOf(precision, "country"), basemap = window.explorerBasemap, out = [];
    for (var i = 0; i < n; i++) {
      if (keep && !keep[i]) continue;
      var x = lon.codes[i], y = lat.codes[i], at = null, north = y >= 0 ? lat.values[y] : null;
      if (precision.codes[i] === country && basemap && basemap.labelLng) {
        try {
          at = basemap.labelLng(valueOf(d.col.country, i));
        } catch (err) {
          at = null; // no basemap's data: the country counts by its point
        }
      }
      if (at !== null) {
        // placed by its name
      } else if (x >= 0) {
        at = lon.values[x];
      } else if (d.geometry[i]) {
        var box = [Infinity, -Infinity, Infinity, -Infinity];
        (function walk(c) {
          if (typeof c[0] === "number") {
            box[0] = Math.min(box[0], c[0]);
            box[1] = Math.max(box[1], c[0]);
            box[2] = Math.min(box[2], c[1]);
            box[3] = Math.max(box[3], c[1]);
          } else c.forEach(walk);
        })(d.geometry[i].coordinates || []);
        if (box[1] - box[0] <= 180) at = (box[0] + box[1]) / 2;
        if (north === null) north = (box[2] + box[3]) / 2;
      }
      if (at !== null && isFinite(at)) out.push([at, north]);
    }
    return out;
  }

  function setSeam(seam) {
    if (seam === state.seam) return; // the world from 180 W: the map and basemap as they were
    state.seam = seam;
    if (window.explorerBasemap && window.explorerBasemap.setSeam) window.explorerBasemap.setSeam(seam);
    var map = state.map, world = state.world;
    if (map && world) { // the view may go PAST_ANTIMERIDIAN beyond the window's edges
      var west = seam === null ? world.getWest() : seam;
      var bounds = L.latLngBounds([[world.getSouth(), west - PAST_ANTIMERIDIAN],
                                   [world.getNorth(), west + 360 + PAST_ANTIMERIDIAN]]);
      // moved inside the new window at once: Leaflet pans a view outside its bounds with an
      // animation, whose steps ran on after a fit made meanwhile ("Zoom to items" on
      // places_fresh16's Pacific story: the fit's view shifted 88 degrees east, onto the
      // Americas)
      if (map._loaded) {
        map.setMaxBounds(null);
        var c = map.getCenter(), v = map.getBounds(), half = (v.getEast() - v.getWest()) / 2;
        var lo = bounds.getWest() + half, hi = bounds.getEast() - half;
        var lng = lo > hi ? bounds.getCenter().lng : Math.min(hi, Math.max(lo, c.lng));
        if (lng !== c.lng) map.setView([c.lat, lng], map.getZoom(), { animate: false });
      }
      map.setMaxBounds(bounds);
    }
  }

  function wrapLng(lng) {
    return state.seam !== null && lng < state.seam ? lng + 360 : lng;
  }

  function indexShift() { // supercluster's longitudes run from 180 W: the window's, moved
    return state.seam === null ? 0 : state.seam + 180;
  }

  function load(cols, seam) {
    // seam: the world's window to draw the items in; undefined: chosen for all of them
    var n = cols.count || 0;
    var d = { n: n, id: cols.id || [], count: cols.n || [], geometry: cols.geometry || {}, byId: null, col: {} };
    CODED.forEach(function (k) { d.col[k] = coded(cols[k], n); });
    // Spots: items at the same coordinates stand on one spot (an event and its town), keyed
    // by the codes of their two coordinates. A region known by a point only (a county, a
    // province, a sea) is a setting, not a spot, and is not drawn; what happened there (an
    // event in Adair County, an attack in Karak) stands at that point, as in ACLED's tables.
    var lon = d.col.lon, lat = d.col.lat, precision = d.col.precision;
    var area = codeOf(precision, "area"), country = codeOf(precision, "country");
    var kind = d.col.kind, place = codeOf(kind, "place");
    var nLat = lat.values.length;
    setSeam(seam !== undefined ? seam : seamOf(placedLngs(n, lon, lat, precision, d)));
    var spotOf = new Int32Array(n).fill(-1);
    var keys = new Map();
    var spotLon = [], spotLat = [];
    for (var i = 0; i < n; i++) {
      var x = lon.codes[i], y = lat.codes[i], p = precision.codes[i];
      if (x < 0 || y < 0 || p === country || (p === area && kind.codes[i] === place)) continue;
      var key = x * nLat + y;
      var s = keys.get(key);
      if (s === undefined) {
        s = spotLon.length;
        keys.set(key, s);
        spotLon.push(wrapLng(lon.values[x]));
        spotLat.push(lat.values[y]);
      }
      spotOf[i] = s;
    }
    // Items of each spot, as offsets into one array (CSR).
    var nSpots = spotLon.length;
    var start = new Int32Array(nSpots + 1);
    for (i = 0; i < n; i++) if (spotOf[i] >= 0) start[spotOf[i] + 1] += 1;
    for (s = 0; s < nSpots; s++) start[s + 1] += start[s];
    var fill = start.slice(0, nSpots);
    var members = new Int32Array(start[nSpots]);
    for (i = 0; i < n; i++) if (spotOf[i] >= 0) members[fill[spotOf[i]]++] = i;
    d.spotOf = spotOf;
    d.spotLon = spotLon;
    d.spotLat = spotLat;
    d.spotStart = start;
    d.spotMembers = members;
    d.spotFeatures = spotLon.map(function (lon, s) {
      // the index's longitudes run from 180 W (see indexShift)
      return { type: "Feature", geometry: { type: "Point", coordinates: [lon - indexShift(), spotLat[s]] },
               properties: { s: s } };
    });
    // baseRank of every item, from its kind's rank (one per distinct kind) and its side's code
    var kinds = d.col.kind, sides = d.col.side.codes, count = d.count;
    var kindRank = kinds.values.map(function (kind) { return (KIND_RANK[kind] || 0) * 1000; });
    var sideRank = d.col.side.values.map(function (side) { return side ? 500 : 0; });
    d.rank = new Float64Array(n);
    for (i = 0; i < n; i++) {
      var k = kinds.codes[i];
      d.rank[i] = (k < 0 ? 0 : kindRank[k]) + Math.min(count[i] || 0, 999) + (sides[i] < 0 ? 0 : sideRank[sides[i]]);
    }
    return d;
  }

  function rowOf(id) {
    // The row of an item id, or undefined. The map of ids is made at the first question (a
    // selection, a click), not while the data is first drawn.
    var d = state.data;
    if (!d) return undefined;
    if (!d.byId) {
      d.byId = new Map();
      for (var i = 0; i < d.n; i++) d.byId.set(d.id[i], i);
    }
    return d.byId.get(id);
  }

  function props(i) {
    var d = state.data;
    var p = { id: d.id[i], kind: valueOf(d.col.kind, i), name: valueOf(d.col.name, i),
              type: valueOf(d.col.type, i), n: d.count[i] };
    ["date", "country", "precision", "side", "theatre", "review", "layer", "outline_story"].forEach(function (k) {
      var v = valueOf(d.col[k], i);
      if (v != null) p[k] = v;
    });
    return p;
  }

  function fromFeatures(features) {
    // A FeatureCollection as columns (the standalone HTML map sends one; the window sends
    // columns made in Python).
    var keys = ["id", "name", "n", "kind", "type", "date", "country", "precision", "side", "theatre",
                "review", "layer", "outline_story"];
    var cols = { count: features.length, lon: [], lat: [], geometry: {} };
    keys.forEach(function (k) { cols[k] = []; });
    features.forEach(function (f, row) {
      var p = f.properties || {};
      keys.forEach(function (k) { cols[k].push(p[k] == null ? null : p[k]); });
      var g = f.geometry;
      if (g && g.type === "Point") {
        cols.lon.push(g.coordinates[0]);
        cols.lat.push(g.coordinates[1]);
      } else {
        cols.lon.push(null);
        cols.lat.push(null);
        if (g) cols.geometry[row] = g;
      }
    });
    return cols;
  }

  function decodeVisible(bits, n) {
    var out = new Uint8Array(n);
    if (bits == null) return out.fill(1);
    var raw = atob(bits);
    for (var i = 0; i < n; i++) out[i] = (raw.charCodeAt(i >> 3) >> (i & 7)) & 1;
    return out;
  }

  function baseRank(kind, n, side) {
    var rank = (KIND_RANK[kind] || 0) * 1000 + Math.min(n || 0, 999);
    if (side) rank += 500;
    return rank;
  }

  function rankOf(p) {
    if (p.id === state.selected) return 1e9;
    var rank = baseRank(p.kind, p.n, p.side);
    if (state.highlighted[p.id]) rank += 1e6;
    return rank;
  }

  // --- the index of shown points ----------------------------------------------------------

  function reindex() {
    // Per spot: how many shown items stand there, the most important of them and the count of
    // each side; supercluster sums them up per cluster as it builds (map and reduce).
    var d = state.data;
    var vis = state.visible;
    var sides = state.palette.sides || {};
    var sideCodes = d.col.side.codes, reviews = d.col.review.codes;
    var sideNames = d.col.side.values;
    // the sides that have a colour, by code; a rejected item counts for none
    var coloured = sideNames.map(function (side) { return Boolean(side && sides[side]); });
    var rejected = codeOf(d.col.review, "rejected");
    var nSpots = d.spotLon.length;
    var count = new Int32Array(nSpots);
    var best = new Int32Array(nSpots).fill(-1);
    var spotSides = new Array(nSpots);
    // the countries of the spot's shown items (codes, at most CROWD_CODES + 1 of them) and
    // how many of the items have one: a crowd is named by its countries (see crowdNames)
    var countries = d.col.country.codes;
    var spotCountries = new Array(nSpots), spotKnown = new Int32Array(nSpots);
    var shown = 0, pinned = 0;
    for (var i = 0; i < d.n; i++) {
      if (!vis[i]) continue;
      shown += 1;
      var s = d.spotOf[i];
      if (s < 0) continue;
      pinned += 1;
      count[s] += 1;
      if (best[s] < 0 || d.rank[i] > d.rank[best[s]]) best[s] = i;
      if (countries[i] >= 0) {
        spotKnown[s] += 1;
        spotCountries[s] = unionOf(spotCountries[s], [countries[i]]);
      }
      var side = sideCodes[i];
      if (side >= 0 && coloured[side] && reviews[i] !== rejected) {
        var here = spotSides[s] || (spotSides[s] = {});
        var name = sideNames[side];
        here[name] = (here[name] || 0) + 1;
      }
    }
    state.shown = shown;
    state.pinned = pinned; // shown items with a point on the map
    state.spotCount = count;
    state.spotBest = best;
    state.spotSides = spotSides;
    var spots = [];
    for (s = 0; s < nSpots; s++) if (count[s]) spots.push(d.spotFeatures[s]);
    state.index = new Supercluster({
      radius: CLUSTER_RADIUS, extent: 256, minZoom: state.minZoom, maxZoom: state.maxZoom,
      map: function (p) {
        var b = best[p.s];
        return { n: count[p.s], best: b, rank: d.rank[b], sides: spotSides[p.s] || null,
                 countries: spotCountries[p.s] || null, known: spotKnown[p.s] };
      },
      reduce: function (acc, p) {
        acc.n += p.n;
        acc.known += p.known;
        acc.countries = unionOf(acc.countries, p.countries); // a new array: see sides below
        if (p.rank > acc.rank) {
          acc.best = p.best;
          acc.rank = p.rank;
        }
        if (p.sides) {
          // a new object: the one in acc may be a child cluster's, shared by a shallow copy
          var merged = {};
          var k;
          for (k in acc.sides) merged[k] = acc.sides[k];
          for (k in p.sides) merged[k] = (merged[k] || 0) + p.sides[k];
          acc.sides = merged;
        }
      },
    }).load(spots);
    if (state.spider >= 0 && !count[state.spider]) state.spider = -1;
  }

  function unionOf(a, b) {
    // The codes of a and of b (either may be null), as a new array of at most
    // CROWD_CODES + 1: more than that many countries are not named, and not counted.
    if (!b || !b.length) return a;
    var out = a ? a.slice() : [];
    for (var k = 0; k < b.length && out.length <= CROWD_CODES; k++) {
      if (out.indexOf(b[k]) < 0) out.push(b[k]);
    }
    return out;
  }

  function summaryOf(n, best, sides) {
    var sided = 0;
    for (var k in sides || {}) sided += sides[k];
    return { n: n, best: best, sides: sides || {}, sided: sided };
  }

  function shownAt(s) {
    // The shown items on spot s, best first.
    var d = state.data;
    var out = [];
    for (var k = d.spotStart[s]; k < d.spotStart[s + 1]; k++) {
      var i = d.spotMembers[k];
      if (state.visible[i]) out.push(i);
    }
    out.sort(function (a, b) { return d.rank[b] - d.rank[a]; });
    return out;
  }

  // --- drawing ---------------------------------------------------------------------------

  function onFeatureClick(id) {
    return function (e) {
      L.DomEvent.stopPropagation(e);
      post({ event: "click", id: id });
    };
  }

  function countryOutline(i, style) {
    // Countries are drawn with the basemap's own outline, never as a point at their centre.
    try {
      if (window.explorerBasemap) return window.explorerBasemap.outline(valueOf(state.data.col.country, i), style);
    } catch (err) {
      console.error("basemap: " + (err && err.stack || err));
    }
    return null;
  }

  function makeShapes() {
    // One Leaflet layer per shape, made when first shown and kept: a filter only adds and
    // removes layers whose visibility changed (a country's outline is thousands of points).
    // Made before they are drawn, so that the view can be fitted to them first: an outline
    // is then projected once, at the view it is shown at.
    var d = state.data;
    if (!state.shapeLayers) {
      state.shapes.clearLayers();
      state.shapeLayers = {};
      var order = { theatre: 0, place: 1, asset: 2, event: 3 };
      var ids = Object.keys(d.geometry).map(Number);
      var country = codeOf(d.col.precision, "country"), precision = d.col.precision.codes;
      for (var i = 0; i < d.n; i++) if (precision[i] === country) ids.push(i);
      var rank = function (i) { return order[valueOf(d.col.kind, i)] || 1; };
      ids.sort(function (a, b) { return rank(a) - rank(b) || a - b; });
      state.shapeOrder = ids;
    }
    state.shapeOrder.forEach(function (i) {
      if (state.visible[i] && state.shapeLayers[i] === undefined) state.shapeLayers[i] = shapeLayer(i);
    });
  }

  function shownShapes() {
    // The layers of the shown shapes, in the order they were made (as the map lists them).
    var layers = [];
    state.shapeOrder.forEach(function (i) {
      if (state.visible[i] && state.shapeLayers[i]) layers.push(state.shapeLayers[i]);
    });
    layers.sort(function (a, b) { return L.stamp(a) - L.stamp(b); });
    return layers;
  }

  function drawShapes() {
    makeShapes();
    var added = false, kept = false;
    state.outlined = 0; // shown items drawn as a line or an area
    state.shapeOrder.forEach(function (i) {
      var layer = state.shapeLayers[i];
      if (!state.visible[i] || !layer) { // hidden, or a state the basemap has no outline of
        if (layer && state.shapes.hasLayer(layer)) state.shapes.removeLayer(layer); // (listed)
        return;
      }
      state.outlined += 1;
      state.layers[layer.exProps.id] = layer;
      if (!state.shapes.hasLayer(layer)) {
        layer.setStyle(shapeStyle(layer.exProps)); // the selection or colours may have changed
        state.shapes.addLayer(layer);
        added = true;
      } else {
        kept = true;
      }
    });
    if (added && kept) {
      // Areas under lines: what was added after the shapes kept on the map goes back into its
      // place in the order. Shapes all added now were added in that order: nothing to move.
      state.shapeOrder.forEach(function (i) {
        var layer = state.shapeLayers[i];
        if (layer && state.shapes.hasLayer(layer)) layer.bringToFront();
      });
    }
  }

  function shapeLayer(i) {
    // An item's line or area, or null (an area known by a point only is listed, not drawn).
    var d = state.data, p = props(i), layer;
    if (valueOf(d.col.precision, i) === "country") {
      var drawn = countryOutline(i, shapeStyle(p));
      if (!drawn) return null;
      layer = L.featureGroup([drawn]);
      layer.exLine = false;
    } else {
      var geometry = d.geometry[i];
      if (!geometry) return null;
      layer = L.geoJSON({ type: "Feature", geometry: geometry, properties: {} },
                        { style: function () { return shapeStyle(p); },
                          coordsToLatLng: function (c) { return L.latLng(c[1], wrapLng(c[0])); } });
      layer.exLine = /LineString/.test(geometry.type);
    }
    layer.bindTooltip(tooltipHtml(p), { direction: "top", sticky: true });
    layer.on("click", onFeatureClick(p.id));
    layer.exProps = p;
    return layer;
  }

  function itemMarker(i, latlng) {
    var p = props(i);
    var layer = L.marker(latlng, { icon: pointIcon(p, state.selected === p.id), keyboard: true,
                                   title: p.name, riseOnHover: true,
                                   zIndexOffset: state.selected === p.id ? 1000 : 0 });
    layer.bindTooltip(tooltipHtml(p), { direction: "top" });
    layer.on("click", onFeatureClick(p.id));
    layer.exProps = p;
    state.points.addLayer(layer);
    state.layers[p.id] = layer;
    return layer;
  }

  // A cluster's circle's diameter in pixels, by how many items it gathers; labels keep off
  // half of it and a cluster is named by an item within it.
  function clusterSize(n) {
    return n < 10 ? 34 : n < 100 ? 40 : n < 10000 ? 46 : 52;
  }

  function clusterMarker(latlng, n, summary, onClick) {
    var size = clusterSize(n);
    var stops = [];
    var at = 0;
    Object.keys(summary.sides).sort().forEach(function (side) {
      var end = at + (360 * summary.sides[side]) / n;
      stops.push(state.palette.sides[side] + " " + at + "deg " + end + "deg");
      at = end;
    });
    if (at < 360) stops.push("rgba(60, 60, 60, 0.3) " + at + "deg 360deg");
    var text = n < 10000 ? String(n) : Math.round(n / 1000) + "k";
    var marker = L.marker(latlng, {
      icon: L.divIcon({
        className: "ex-cluster-icon",
        html: '<div class="ex-cluster' + (summary.sided ? " ex-cluster-sided" : "") +
          '" style="background: conic-gradient(' + stops.join(", ") + ')"><span>' + text + "</span></div>",
        iconSize: [size, size],
      }),
      keyboard: false,
    });
    marker.on("click", function (e) {
      L.DomEvent.stopPropagation(e);
      onClick();
    });
    state.points.addLayer(marker);
    return marker;
  }

  function spiderfy(s) {
    // Fan the items of one spot out around it, legs drawn to the spot.
    var items = shownAt(s).slice(0, SPIDER_MAX);
    var centre = L.latLng(state.data.spotLat[s], state.data.spotLon[s]);
    var c = state.map.latLngToLayerPoint(centre);
    var legs = [];
    items.forEach(function (i, k) {
      var angle = k * 0.9 + 0.5;
      var radius = 26 + 9 * Math.sqrt(k + 1) * 1.6;
      var point = L.point(c.x + radius * Math.cos(angle), c.y + radius * Math.sin(angle));
      var at = state.map.layerPointToLatLng(point);
      legs.push([centre, at]);
      var marker = itemMarker(i, at);
      state.drawn.push({ props: marker.exProps, latlng: at, radius: sideNumber(marker.exProps) ? 12 : 9,
                         text: shortName(marker.exProps) });
    });
    state.points.addLayer(L.polyline(legs, { color: "#333", weight: 1, opacity: 0.6, interactive: false }));
  }

  function drawPoints() {
    // What the view holds: clusters, lone items, the fanned-out spot, the selection on top.
    Object.keys(state.layers).forEach(function (id) {
      if (state.layers[id].getLatLng) delete state.layers[id];
    });
    state.points.clearLayers();
    state.drawn = [];
    state.selectedOver = null;
    if (!state.index || !state.map) return;
    var d = state.data;
    var zoom = Math.max(state.minZoom, Math.min(state.maxZoom, Math.floor(state.map.getZoom())));
    var b = state.map.getBounds().pad(0.25);
    var shift = indexShift();
    var west = Math.max(-180, b.getWest() - shift), east = Math.min(180, b.getEast() - shift);
    var found = state.index.getClusters([west, Math.max(-85, b.getSouth()), east, Math.min(85, b.getNorth())], zoom);
    found.forEach(function (f) {
      var c = f.geometry.coordinates;
      var latlng = L.latLng(c[1], c[0] + shift);
      if (f.properties.cluster) {
        var cid = f.properties.cluster_id;
        var summary = summaryOf(f.properties.n, f.properties.best, f.properties.sides);
        clusterMarker(latlng, summary.n, summary, function () {
          var expand = Math.min(state.index.getClusterExpansionZoom(cid), state.maxZoom);
          state.map.setView(latlng, Math.max(expand, state.map.getZoom() + 1));
        });
        state.drawn.push({ props: props(summary.best), latlng: latlng, radius: clusterSize(summary.n) / 2,
                           count: summary.n, countries: f.properties.countries, known: f.properties.known,
                           best: summary.best, cluster: cid });
        return;
      }
      var s = f.properties.s;
      if (s === state.spider) {
        spiderfy(s);
        return;
      }
      if (state.spotCount[s] === 1) {
        var marker = itemMarker(state.spotBest[s], latlng);
        state.drawn.push({ props: marker.exProps, latlng: latlng, radius: sideNumber(marker.exProps) ? 12 : 9,
                           text: shortName(marker.exProps) });
        return;
      }
      var sum = summaryOf(state.spotCount[s], state.spotBest[s], state.spotSides[s]);
      clusterMarker(latlng, sum.n, sum, function () {
        state.spider = s;
        drawPoints();
        afterRender();
      });
      state.drawn.push({ props: props(sum.best), latlng: latlng, radius: clusterSize(sum.n) / 2, count: sum.n });
    });
    // The selected item is always drawn, over whatever cluster holds it.
    var sel = state.selected == null ? undefined : rowOf(state.selected);
    if (sel !== undefined && state.visible[sel] && d.spotOf[sel] >= 0 && !state.layers[state.selected]) {
      var s0 = d.spotOf[sel];
      var over = itemMarker(sel, L.latLng(d.spotLat[s0], d.spotLon[s0]));
      // labels keep off it, and the cluster under it is named after it
      state.selectedOver = { props: over.exProps, latlng: over.getLatLng() };
    } else if (sel !== undefined && state.visible[sel] && d.spotOf[sel] < 0 && !state.layers[state.selected]) {
      // A region known by a point only (Alberta, a county) is a setting, not a spot, and has
      // no outline: selected, it is marked at its point all the same, its symbol in a dashed
      // ring (a region about here, not a town), and named. The map flew there and showed
      // nothing: the analyst could not tell where the selection was.
      var x = valueOf(d.col.lon, sel), y = valueOf(d.col.lat, sel);
      if (x != null && y != null) {
        var at = L.latLng(y, wrapLng(x)), marked = itemMarker(sel, at); // in the window's longitudes
        state.points.addLayer(L.circleMarker(at, {
          radius: REGION_RING, color: colourFor(marked.exProps), weight: 2, opacity: 0.9,
          dashArray: "3 4", fill: false, interactive: false, className: "ex-region-ring",
        }));
        state.drawn.push({ props: marked.exProps, latlng: at, radius: REGION_RING + 1,
                           text: shortName(marked.exProps) });
      }
    }
  }

  function restyleShape(id) {
    var layer = state.layers[id];
    if (!layer || layer.getLatLng) return;
    layer.setStyle(shapeStyle(layer.exProps));
    if (state.selected === id) layer.bringToFront();
  }

  function itemLatLng(i) {
    var d = state.data;
    if (d.spotOf[i] >= 0) return L.latLng(d.spotLat[d.spotOf[i]], d.spotLon[d.spotOf[i]]);
    return null;
  }

  function boundsOf(id) {
    var layer = state.layers[id];
    if (layer) return layer.getLatLng ? L.latLngBounds([layer.getLatLng(), layer.getLatLng()]) : layer.getBounds();
    var i = rowOf(id);
    var latlng = i === undefined ? null : itemLatLng(i);
    return latlng ? L.latLngBounds([latlng, latlng]) : null;
  }

  var TOWN_ZOOM = 7, REGION_ZOOM = 5; // the least zoom a selection is shown at, by its place

  function flyTo(id) {
    // Reports "rendered" once the map has come to rest, never in the middle of the flight.
    // The view is the selection's now: a fit put off until the window was laid out (fitAll)
    // must not take it back to all the items when the map is resized after.
    state.fitPending = false;
    state.fitted = false;
    var layer = state.layers[id];
    var i = rowOf(id);
    if (layer && !layer.getLatLng) {
      var done = false;
      state.arriving += 1;
      var arrive = function () {
        if (done) return;
        done = true;
        state.arriving -= 1;
        afterRender();
      };
      state.map.once("moveend", arrive);
      // A flight that does not move ends no move; but a snapshot's (one picture, still) is
      // rendered at its end alone: on a machine loaded so that its frames come more than 2 s
      // apart, the flight was said drawn mid-way, and the sheet's scale bar and legend read
      // that view (benchmarks/README.md, section 1, branch startup39). Leaflet ends every
      // flight with a moveend; the snapshot's wait for it has its own bound.
      if (!state.still) setTimeout(arrive, 2000);
      state.map.flyToBounds(layer.getBounds(), { maxZoom: 7, padding: [40, 40], duration: 0.6 });
      return;
    }
    var latlng = i === undefined ? null : itemLatLng(i);
    if (!latlng && i !== undefined) {
      // A region known by a point only is not drawn: the view goes to it, at a region's scale.
      var x = valueOf(state.data.col.lon, i), y = valueOf(state.data.col.lat, i);
      if (x != null && y != null) {
        state.map.setView(L.latLng(y, wrapLng(x)), Math.max(state.map.getZoom(), REGION_ZOOM), { animate: false });
      }
    }
    if (!latlng) {
      // Drawn again all the same, the view kept: an item with no place (a ceasefire between
      // two powers) chosen after one with a place left that one's label marked as the
      // selection, gold, while the Evidence panel said "No place: not on the map".
      redraw();
      return afterRender();
    }
    // Close enough to read the place, and its spot fanned out when others share it (an event
    // and its town stand on one point, so no zoom level separates them). What happened in a
    // region known by its point (a deployment in Darfur, fighting in Tigray) is seen at a
    // region's scale: at a town's, the view lay inside the region, 200 km of land without a
    // name on it, and the analyst could not tell where the selection was.
    var s = state.data.spotOf[i];
    var close = valueOf(state.data.col.precision, i) === "area" ? REGION_ZOOM : TOWN_ZOOM;
    state.map.setView(latlng, Math.max(state.map.getZoom(), close), { animate: false });
    // after the move: a change of zoom folds any fanned-out spot (zoomstart), and so had
    // folded this one, set before it: selected from the world's view, "Bombardment in Aleppo
    // +4" stood over a cluster of five, its four others hidden under it
    state.spider = state.spotCount[s] > 1 ? s : -1;
    redraw();
    afterRender();
  }

  var FIT_PADDING = 30; // pixels kept free around the items a fit shows
  var FIT_MAX_ZOOM = 6; // a fit never zooms in closer than this
  var FIT_OUTLIERS = 0.05; // at most this share of the items may be left out on each side...
  var FIT_GAP = 0.25; // ...and only across a gap this share of the rest's extent
  var FIT_MANY = 12; // items from which a fit frames shapes by their centres, less outliers

  function pointCountries(shapes, kept) {
    // The countries (ISO codes) of the shown items drawn at a point, and of the events,
    // assets and conflicts drawn as a shape (an event in Haiti known by its country). With
    // ``kept`` ([[south, north], [west, east]], the box the points' own fit keeps), a point
    // the fit leaves out as a lone far-off one names no country to frame: the Panama Canal,
    // once curated with its country, pulled Panama's outline into a view of the Middle East.
    var d = state.data, found = {};
    for (var s = 0; s < state.spotCount.length; s++) {
      if (!state.spotCount[s]) continue;
      if (kept && !(d.spotLat[s] >= kept[0][0] && d.spotLat[s] <= kept[0][1] &&
          d.spotLon[s] >= kept[1][0] && d.spotLon[s] <= kept[1][1])) continue;
      shownAt(s).forEach(function (i) {
        var code = valueOf(d.col.country, i);
        if (code) found[code] = true;
      });
    }
    shapes.forEach(function (layer) {
      var p = layer.exProps || {};
      if (p.kind !== "place" && p.country) found[p.country] = true;
    });
    return found;
  }

  function mainBounds(layer) {
    // The box of a shape's largest part, for the fit: a country across the antimeridian
    // (Russia with Chukotka, the United States with the Aleutians, Fiji, Kiribati) has a box
    // around the whole world, whose centre lies near Greenwich, in another ocean. Any other
    // shape is its own box. Kept on the layer: an outline is read once.
    if (layer.exMain) return layer.exMain;
    var box = layer.getBounds();
    layer.exMain = box;
    if (layer.exLine || !box.isValid() || box.getEast() - box.getWest() <= 180) return box;
    var geometry = null;
    try {
      var json = layer.toGeoJSON();
      geometry = json.type === "FeatureCollection" ? json.features[0] && json.features[0].geometry : json.geometry;
    } catch (err) {
      return box;
    }
    var part = geometry && largestPart(geometry);
    if (part) layer.exMain = L.latLngBounds(part[0].map(function (c) { return [c[1], wrapLng(c[0])]; }));
    return layer.exMain;
  }

  function fitBoundsOfItems() {
    // Fit where the shown items are: with many items, one far-off mention (a capital quoted
    // once) should not zoom the map out to the whole world. On each side the outermost spots
    // are left out when they hold few items (5% at most) and lie apart from the rest (a gap a
    // quarter of the rest's extent): a group of stories on another continent is kept whole.
    // Each spot counts as many times as it has shown items (the index counted them).
    var d = state.data, count = state.spotCount;
    var lats = [], lngs = [], weights = [], total = 0;
    for (var s = 0; s < count.length; s++) {
      if (!count[s]) continue;
      lats.push(d.spotLat[s]);
      lngs.push(d.spotLon[s]);
      weights.push(count[s]);
      total += count[s];
    }
    var shapes = shownShapes();
    // With many points drawn, a country a story only names (a place drawn as its outline)
    // is framed when one of the points, or an event, asset or conflict drawn as a shape, lies
    // in it; the others are drawn, listed and left out of the fit. A world review of shipping
    // named Nicaragua, Panama, India and Japan, and the first view spanned 85 W .. 83 E for
    // points in the Middle East and Moscow. A story told by countries alone (a cable
    // between Palau and Guam among the Pacific's island states: outline_story) is framed
    // by them. With few points, or nothing else drawn, every outline counts.
    // the box the points alone keep, their lone far-off ones left out
    var kept = total >= FIT_MANY
      ? [fitExtent(lats, weights, FIT_OUTLIERS * total), fitExtent(lngs, weights, FIT_OUTLIERS * total)]
      : null;
    var pointed = pointCountries(shapes, kept);
    var framed = shapes.filter(function (layer) {
      var p = layer.exProps || {};
      return total < FIT_MANY || p.kind !== "place" || p.precision !== "country" || pointed[p.country] ||
        p.outline_story;
    });
    if (framed.length || total) shapes = framed;
    shapes.forEach(function (layer) {
      var c = mainBounds(layer);
      if (!c.isValid()) return;
      if (total + 2 < FIT_MANY) {
        lats.push(c.getSouth(), c.getNorth());
        lngs.push(c.getWest(), c.getEast());
        weights.push(1, 1);
        total += 2;
      } else {
        lats.push(c.getCenter().lat);
        lngs.push(c.getCenter().lng);
        weights.push(1);
        total += 1;
      }
    });
    if (!total) return L.latLngBounds([]);
    var few = total < FIT_MANY ? 0 : FIT_OUTLIERS * total;
    var y = fitExtent(lats, weights, few), x = fitExtent(lngs, weights, few);
    return L.latLngBounds([y[0], x[0]], [y[1], x[1]]);
  }

  function fitExtent(values, weights, few) {
    // [lowest, highest] of the values once the outliers on each side are left out: at most
    // ``few`` of the weights on each side, each across a gap (FIT_GAP) from the rest
    var order = values.map(function (v, j) { return j; });
    order.sort(function (a, b) { return values[a] - values[b]; });
    var v = function (k) { return values[order[k]]; };
    var last = order.length - 1, lo = 0, hi = last, held = 0;
    for (var k = 1; k <= last; k++) { // spots 0 .. k-1 left out below
      held += weights[order[k - 1]];
      if (held > few) break;
      if (v(k) - v(k - 1) > FIT_GAP * (v(last) - v(k))) lo = k;
    }
    held = 0;
    for (var m = last - 1; m >= lo; m--) { // spots m+1 .. last left out above
      held += weights[order[m + 1]];
      if (held > few) break;
      if (v(m + 1) - v(m) > FIT_GAP * (v(m) - v(lo))) hi = m;
    }
    return [v(lo), v(hi)];
  }

  function fitAll() {
    var bounds = fitBoundsOfItems();
    var size = state.map.getSize();
    // A container not laid out yet (a window still being arranged) fits once it has a size.
    state.fitPending = size.x < 300 || size.y < 200;
    if (!bounds.isValid()) return;
    var p = FIT_PADDING, options = { padding: [p, p], maxZoom: FIT_MAX_ZOOM, animate: false };
    state.fitted = true;
    fitView(bounds, options);
    refreshLegend(); // its sides are those of the fitted view, and so is its size
    var corner = legendCorner();
    if (!corner || !spotsUnder(corner)) {
      liftFromThePole(bounds, corner);
      return;
    }
    // Items under the legend: fitted again beside it or above it, whichever shows them larger.
    var beside = [corner[0] + p, p], above = [p, corner[1] + p];
    var zoomBeside = state.map.getBoundsZoom(bounds, false, L.point(corner[0] + 2 * p, 2 * p));
    var zoomAbove = state.map.getBoundsZoom(bounds, false, L.point(2 * p, corner[1] + 2 * p));
    options.paddingTopLeft = [p, p];
    options.paddingBottomRight = zoomBeside >= zoomAbove ? beside : above;
    fitView(bounds, options);
    liftFromThePole(bounds, corner);
    // Still under it: the map cannot zoom out further (a world of stories in a small map,
    // TR-News at 1280 x 760 left Australia's cluster under it). The legend folds to its
    // title, which unfolds it; a snapshot draws its own legend and is left alone.
    if (!state.corner && spotsUnder(corner)) {
      state.legendCollapsed = true;
      refreshLegend();
    }
  }

  var LIVED_SOUTH = -60; // no town lies further south: the view need not show the sea beyond

  function liftFromThePole(bounds, corner) {
    // A map taller than the items need (a portrait map, stories on several continents: the
    // whole world's height at the zoom their longitudes allow) kept them in its middle, the
    // spare height shared above and below: 15-25% of the map was Antarctica's ice and the
    // sea before it, where no story of news is. The view moves north, the spare height
    // above, until its south edge is at 60 degrees south, as far as the world's top edge
    // allows and the fit's southernmost item stays its padding above the bottom edge (and
    // clear of the legend). Items further south than 60 degrees (Antarctic news) are left
    // as the fit put them.
    if (bounds.getSouth() < LIVED_SOUTH) return;
    var map = state.map, size = map.getSize();
    var excess = size.y - map.latLngToContainerPoint([LIVED_SOUTH, 0]).y;
    var top = -map.latLngToContainerPoint([L.Projection.SphericalMercator.MAX_LATITUDE, 0]).y; // pixels of world above the view
    var below = size.y - FIT_PADDING - map.latLngToContainerPoint([bounds.getSouth(), 0]).y;
    var shift = Math.floor(Math.min(excess, top, below, corner ? clearOf(corner) : Infinity));
    if (shift < 1) return;
    state.fitting = true;
    try {
      map.panBy([0, -shift], { animate: false });
    } finally {
      state.fitting = false;
    }
  }

  function clearOf(corner) {
    // How far down the shown items' spots can move and stay clear of the corner's box (the
    // legend's), in pixels: spots beside it may move any distance, those above it to its top.
    var d = state.data, count = state.spotCount, size = state.map.getSize();
    var left = size.x - corner[0] - CLUSTER_SYMBOL, top = size.y - corner[1] - CLUSTER_SYMBOL;
    var room = Infinity;
    for (var s = 0; s < count.length; s++) {
      if (!count[s]) continue;
      var at = state.map.latLngToContainerPoint([d.spotLat[s], d.spotLon[s]]);
      if (at.x > left && at.x < size.x && at.y < top) room = Math.min(room, top - at.y - 1);
    }
    return room;
  }

  function refitIfCovered() {
    // The legend grew after the fit (its "Sides in view" once the colours came) or the map
    // shrank (the window laid out): items the fit kept clear lay under it again (Australia's
    // "16" on TR-News at 1280 x 760). While the view is still the fit's, it is fitted again.
    // (A still map is drawn once, for one picture, at the view it started at.)
    if (!state.fitted || !state.data || !state.shown || state.fitting || state.still) return false;
    refreshLegend();
    var corner = legendCorner();
    if (!corner || !spotsUnder(corner)) return false;
    fitAll();
    return true;
  }

  function legendCorner() {
    // The box from the legend's top left to the map's bottom right corner, [width, height]
    // in pixels, or null. A snapshot says its own (it draws the legend on the picture); a
    // folded legend, or one the analyst has dragged away, covers nothing a fit need avoid.
    // Measured where the legend stands: the credits' line sits under it in that corner, so
    // its own height and margin (what was counted) left the 30 pixels over the credits out,
    // and symbols there under the legend (Jakarta's "3" and Mt Hagen on places_fresh12 at
    // 1280 x 760).
    if (state.corner) return state.corner;
    var div = state.legend;
    if (!div || state.legendCollapsed || div.style.transform || !div.offsetWidth) return null;
    var frame = state.map.getContainer();
    if (frame.classList.contains("ex-no-controls")) return null;
    var box = div.getBoundingClientRect(), at = frame.getBoundingClientRect();
    return [Math.ceil(at.right - box.left), Math.ceil(at.bottom - box.top)];
  }

  function legendBox(size) {
    // The box the legend covers in the map's pixels: the snapshot's corner, or the legend
    // as it stands (folded, or dragged away), or null.
    if (state.corner) {
      return { x0: size.x - state.corner[0], y0: size.y - state.corner[1], x1: size.x, y1: size.y };
    }
    var div = state.legend;
    if (!div || !div.offsetWidth || state.map.getContainer().classList.contains("ex-no-controls")) return null;
    var box = div.getBoundingClientRect(), frame = state.map.getContainer().getBoundingClientRect();
    return { x0: box.left - frame.left, y0: box.top - frame.top, x1: box.right - frame.left, y1: box.bottom - frame.top };
  }

  function controlBoxes() {
    // The boxes of the map's controls in its pixels (none when they are hidden: a snapshot).
    var frame = state.map.getContainer();
    if (frame.classList.contains("ex-no-controls")) return [];
    var at = frame.getBoundingClientRect(), boxes = [];
    frame.querySelectorAll(".leaflet-control").forEach(function (el) {
      if (!el.offsetWidth) return;
      var r = el.getBoundingClientRect();
      boxes.push({ x0: r.left - at.left, y0: r.top - at.top, x1: r.right - at.left, y1: r.bottom - at.top });
    });
    return boxes;
  }

  function spotsUnder(corner) {
    // whether any spot of a shown item lies under the corner's box in the current view
    var d = state.data, count = state.spotCount, size = state.map.getSize();
    // a spot near the legend counts too: its symbol, or the cluster drawn there, is 20 px across
    var left = size.x - corner[0] - CLUSTER_SYMBOL, top = size.y - corner[1] - CLUSTER_SYMBOL;
    for (var s = 0; s < count.length; s++) {
      if (!count[s]) continue;
      var at = state.map.latLngToContainerPoint([d.spotLat[s], d.spotLon[s]]);
      if (at.x > left && at.y > top && at.x < size.x && at.y < size.y) return true;
    }
    return false;
  }

  function fitView(bounds, options) {
    // The view fitted to bounds. Every caller redraws once it is set: the moves the fit makes
    // draw nothing themselves (see the map's moveend in init).
    state.fitting = true;
    try {
      state.map.fitBounds(bounds, options);
    } finally {
      state.fitting = false;
    }
  }

  function viewKey() {
    // The view and the size the map last measured its container at, as one string.
    var c = state.map.getCenter(), size = state.map.getSize();
    return [state.map.getZoom(), c.lat.toFixed(6), c.lng.toFixed(6), size.x, size.y].join(" ");
  }

  function atRest() {
    // Nothing left to draw for what the page was told: no move under way (a flight to the
    // selection, a zoom or pan animation, a flight's end awaited), no command held for the
    // basemap, the container's size the one the map measured (Leaflet measures it a frame
    // after a resize), the points and labels drawn at this view and size (a resize's
    // redraw comes 200 ms after it), and every "rendered" posted. A flight's last render has
    // no message of its own: tests wait for this instead of a clock.
    if (!state.map || state.moving || state.arriving || state.held || state.frames) return false;
    var box = state.map.getContainer(), size = state.map.getSize();
    if (box.clientWidth !== size.x || box.clientHeight !== size.y) return false;
    return !state.data || state.drawnAt === viewKey();
  }

  function redraw() {
    state.redraws += 1;
    state.drawnAt = viewKey();
    refreshLegend(); // the sides in view; before the labels, which keep from under it
    drawPoints();
    placeLabels();
  }

  // Whether what the page shows can still change with no command to come: a transition or
  // an animation running, an image or a font still loading, the map moving (a flight), a
  // command held for the basemap's arcs, a frame callback of the basemap's, or (``canvas``)
  // a canvas's redraw waiting for the next frame.
  function drawingPending(canvas) {
    if (state.moving || state.held) return true;
    if (window.explorerBasemap && window.explorerBasemap.pending && window.explorerBasemap.pending()) {
      return true;
    }
    if (document.fonts && document.fonts.status !== "loaded") return true;
    for (var i = 0; i < document.images.length; i++) {
      if (!document.images[i].complete) return true;
    }
    var animations = document.getAnimations ? document.getAnimations() : [];
    for (var j = 0; j < animations.length; j++) {
      if (animations[j].playState === "running" || animations[j].pending) return true;
    }
    var redraw = false;
    // Leaflet's canvas renderers draw in the frame after a change (their _redrawRequest)
    if (canvas) state.map.eachLayer(function (layer) { if (layer._redrawRequest) redraw = true; });
    return redraw;
  }

  // From a ping on: whether the page stays as that ping's frame shows it. Nothing pending when
  // the ping's task ends (a canvas's redraw aside: it runs in the first frame, the tick's),
  // nothing pending at either of the two frames before its "rendered", and no change to the
  // page's elements since the ping (a frame callback that moved or added one is seen here
  // even if it ran in between). Returns the question to ask at each frame; the last asking
  // stops watching.
  function quietSince() {
    var quiet = !drawingPending(false);
    // its records are handed to it at the end of each task that changed something
    var watch = window.MutationObserver ? new MutationObserver(function () { quiet = false; }) : null;
    if (watch) {
      watch.observe(document.documentElement,
                    { subtree: true, childList: true, attributes: true, characterData: true });
    }
    return function (last) {
      quiet = quiet && watch !== null && !drawingPending(true) && watch.takeRecords().length === 0;
      if (last && watch) watch.disconnect();
      return quiet;
    };
  }

  function afterRender() {
    // Two frames later everything is painted; report how long the change took to draw.
    var started = state.started, command = state.command, tick = state.tickSet;
    state.started = null;
    state.tickSet = null;
    var count = state.shown;
    var quiet = tick ? quietSince() : null;
    state.frames += 1;
    requestAnimationFrame(function () {
      if (quiet) quiet(false);
      requestAnimationFrame(function () {
        state.frames -= 1;
        var message = { event: "rendered", count: count };
        if (started != null) {
          message.ms = Math.round((performance.now() - started) * 10) / 10;
          message.cmd = command;
        }
        // which render answers a ping: a window's may come before or after the data's own
        if (tick) message.tick = tick;
        if (quiet && quiet(true)) message.settled = true;
        post(message);
        // Drawn: the ids are mapped to rows now, while the page is idle, not at the first click.
        if (state.data && !state.data.byId && window.requestIdleCallback) {
          window.requestIdleCallback(function () { rowOf(null); });
        }
      });
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

  function shortName(p) {
    return String(p.name || "");
  }

  // A label's lines: the name whole on one line when it fits LABEL_WIDTH, else broken between
  // words onto a second ("Attack on Maria Vermelhudo in" / "Toronto +3"), cut with an ellipsis
  // only past that (the name cut at 34 characters read "Attack: David Leslie Hickson on C…
  // +4"). A cluster's count stays on the last line.
  function labelLines(text) {
    if (textWidth(text) <= LABEL_WIDTH) return [text];
    var words = text.split(" ");
    if (words.length > 2 && /^\+\d+$/.test(words[words.length - 1])) words.push(words.splice(-2).join(" "));
    var first = words.shift();
    while (words.length && textWidth(first + " " + words[0]) <= LABEL_WIDTH) first += " " + words.shift();
    var rest = words.join(" ");
    if (!rest || textWidth(rest) <= LABEL_WIDTH) return rest ? [first, rest] : [first];
    var count = / \+\d+$/.test(rest) ? rest.slice(rest.lastIndexOf(" ")) : "";
    var kept = count ? rest.slice(0, rest.length - count.length).split(" ") : rest.split(" ");
    while (kept.length > 1 && textWidth(kept.join(" ") + "…" + count) > LABEL_WIDTH) kept.pop();
    return [first, kept.join(" ") + "…" + count];
  }

  function overlaps(a, list) {
    for (var i = 0; i < list.length; i++) {
      var b = list[i];
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) return true;
    }
    return false;
  }

  // Where an area's name goes: inside its largest part, in the middle of the widest stretch
  // across it. Never the centre of its bounds: a country that crosses the antimeridian (the
  // United States with the Aleutians, Russia with Chukotka) has bounds around the whole world,
  // whose centre lies on another continent.
  function largestPart(geometry) {
    // The polygon (its rings) of a Polygon or MultiPolygon whose outer ring bounds the most
    // area, in degrees as drawn; null for another geometry.
    var parts = geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    var best = null, bestArea = 0;
    parts.forEach(function (poly) {
      var ring = poly[0] || [], a = 0;
      for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
      }
      if (Math.abs(a) > bestArea) { bestArea = Math.abs(a); best = poly; }
    });
    return best;
  }

  function areaLabelPoint(geometry) {
    var best = largestPart(geometry);
    if (!best) return null;
    var outer = best[0], south = Infinity, north = -Infinity;
    outer.forEach(function (c) { south = Math.min(south, c[1]); north = Math.max(north, c[1]); });
    var found = null, widest = -1;
    for (var k = 1; k < 8; k++) {
      var lat = south + (north - south) * (0.2 + 0.6 * (k - 1) / 6);
      var xs = [];
      best.forEach(function (ring) {  // holes too: a stretch across a lake is no stretch
        for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          var a = ring[j], b = ring[i];
          if ((a[1] > lat) !== (b[1] > lat)) xs.push(a[0] + (lat - a[1]) * (b[0] - a[0]) / (b[1] - a[1]));
        }
      });
      xs.sort(function (x, y) { return x - y; });
      for (var m = 0; m + 1 < xs.length; m += 2) {
        // the middle band counts a little more, so the name sits near the middle
        var width = (xs[m + 1] - xs[m]) * (1 - Math.abs(k - 4) / 12);
        if (width > widest) { widest = width; found = L.latLng(lat, wrapLng((xs[m] + xs[m + 1]) / 2)); }
      }
    }
    return found;
  }

  // A cluster is named by the most prominent item drawn inside its circle: the most
  // prominent of all it gathers may stand far from it (at a low zoom, a cluster over Syria
  // and Iraq gathered Chechnya and read "Chechnya +26"). With none inside, the nearest.
  function clusterName(entry, centre) {
    var d = state.data, map = state.map;
    function away(s) {
      return map.latLngToContainerPoint(L.latLng(d.spotLat[s], d.spotLon[s])).distanceTo(centre);
    }
    if (away(d.spotOf[entry.best]) <= entry.radius) return entry.props;
    var inside = -1, nearest = -1, nearestAt = Infinity;
    state.index.getLeaves(entry.cluster, Infinity).forEach(function (leaf) {
      var s = leaf.properties.s, b = state.spotBest[s], at = away(s);
      if (at <= entry.radius && (inside < 0 || d.rank[b] > d.rank[inside])) inside = b;
      if (at < nearestAt) { nearestAt = at; nearest = b; }
    });
    return props(inside >= 0 ? inside : nearest >= 0 ? nearest : entry.best);
  }

  // The name of a country by its ISO code: the gazetteer's short name, as the window's "Where"
  // gives it ("United States": Natural Earth's "United States of America" made a crowd's
  // label two lines), else the basemap's own label (Natural Earth's).
  var countryNames = null;
  function countryName(code) {
    if (countryNames === null) {
      countryNames = {};
      var short = state.crowds.names || {};
      Object.keys(short).forEach(function (c) { countryNames[c] = short[c]; });
      var data = window.EXPLORER_BASEMAP;
      ((data && data.labels && data.labels.countries) || []).forEach(function (c) {
        // largest first: a code's first name is its country's ("Australia", not "Ashmore
        // and Cartier Is.", which Natural Earth also codes AU)
        if (c.code && !(c.code in countryNames)) countryNames[c.code] = c.name;
      });
    }
    return countryNames[code] || null;
  }

  // The name of the smallest region that holds every one of the countries (ISO codes), else
  // the name of fewest countries in all that holds them: a region with the one or two
  // countries it leaves out ("Middle East, Afghanistan, Sudan": over Iraq, the stance
  // documents' crowd read "Africa, Asia", two continents for a crowd of the Middle East and
  // its two neighbours), the region holding more of them than it leaves out; or two regions
  // ("Europe, Middle East": Istanbul beside Britain, France and Spain, and Turkey filed
  // under Asia and the Middle East, when three more countries of the Middle East are
  // there); else null. The page's regions come smallest first (explorer.mapview.crowds: the
  // project's world regions, then GeoNames' continents). Remembered per set of countries: a
  // crowd is named at every redraw. Found as { name, short }: a region with the countries it
  // leaves out has a shorter name, the region and how many it leaves out ("Middle East +2"),
  // for where the whole name finds no room (see crowdNames).
  var OUTSIDE_NAMED = 2; // countries named beside a region, at most
  var regionsFound = {};
  function regionsHolding(countries) {
    var key = countries.slice().sort().join(" ");
    if (!(key in regionsFound)) regionsFound[key] = regionsOf(countries);
    return regionsFound[key];
  }

  function regionsOf(countries) {
    var regions = state.crowds.regions || [];
    var sets = regions.map(function (r) {
      var set = {};
      r[1].forEach(function (c) { set[c] = true; });
      return set;
    });
    var left = sets.map(function (set) {
      return countries.filter(function (c) { return !set[c]; });
    });
    for (var r = 0; r < regions.length; r++) if (!left[r].length) return { name: regions[r][0] };
    var best = null, least = Infinity;
    for (var a = 0; a < regions.length; a++) {
      if (left[a].length === countries.length) continue; // it holds none of them
      var out = left[a].map(countryName);
      var size = regions[a][1].length + out.length;
      if (out.length <= OUTSIDE_NAMED && 2 * out.length < countries.length && size < least &&
          out.indexOf(null) < 0) {
        best = { name: [regions[a][0]].concat(out.sort()).join(", "), short: regions[a][0] + " +" + out.length };
        least = size;
      }
      for (var b = a + 1; b < regions.length; b++) {
        size = regions[a][1].length + regions[b][1].length;
        if (size >= least) continue;
        if (left[a].every(function (c) { return sets[b][c]; })) {
          best = { name: [regions[a][0], regions[b][0]].sort().join(", "),
                   short: pairShort(regions, left, countries, a, b) };
          least = size;
        }
      }
    }
    return best;
  }

  // The shorter name of a crowd two regions hold together, for where "Horn of Africa, Middle
  // East (14)" finds no room: the one of the two that holds more of its countries than it
  // leaves out, and how many it leaves out, "Horn of Africa +3 (14)", as a region with the
  // countries it leaves out is shortened ("Middle East +2"); null where neither holds most
  // of them (four countries of Europe and four of the Middle East: either name first would
  // say where most are) or the shorter name is no shorter.
  function pairShort(regions, left, countries, a, b) {
    var k = left[b].length < left[a].length ? b : a;
    var short = regions[k][0] + " +" + left[k].length;
    var whole = regions[a][0].length + regions[b][0].length + 2;
    return 2 * left[k].length < countries.length && short.length < whole ? short : null;
  }

  // A crowd's label: the country its items share, or the two they are of ("India, Pakistan
  // (20)"), or the smallest region holding all of theirs ("Middle East (34)", "Europe
  // (30)"), or the two regions that do ("Europe, Middle East (30)"), with their count; null
  // when no two regions hold them all, or when fewer than half of them are placed in a
  // country (seas, continents): the circle's count says it then. The names to try, longest
  // first: a region with the countries it leaves out, then the region and how many
  // ("Middle East +2 (25)"): at 1280 x 760 the stance documents' crowd over Iraq found no
  // room for "Middle East, Afghanistan, Sudan (25)" (two lines) among the labels around it,
  // and showed its count alone; two regions, then the one that holds more of them and how
  // many it leaves out ("Horn of Africa +3 (14)", see pairShort).
  function crowdNames(entry) {
    var codes = entry.countries || [];
    if (!codes.length || codes.length > CROWD_CODES || 2 * entry.known < entry.count) return null;
    var values = state.data.col.country.values, count = " (" + entry.count + ")";
    if (codes.length > CROWD_COUNTRIES) {
      var region = regionsHolding(codes.map(function (c) { return values[c]; }));
      if (!region) return null;
      return region.short ? [region.name + count, region.short + count] : [region.name + count];
    }
    var names = codes.map(function (c) { return countryName(values[c]); });
    if (names.indexOf(null) >= 0) return null;
    names.sort();
    var whole = names.join(", "), short = countryPairShort(entry, names, whole);
    return short ? [whole + count, short + count] : [whole + count];
  }

  // A crowd of two countries whose names find no room ("India, Pakistan (20)" showed its count
  // alone): the country of the crowd's most prominent item, the one a cluster is named after,
  // and "+1" ("India +1 (20)"); null where that item has no country of the two, or the shorter
  // name is no shorter.
  function countryPairShort(entry, names, whole) {
    var first = entry.props && entry.props.country ? countryName(entry.props.country) : null;
    if (names.length !== 2 || names.indexOf(first) < 0) return null;
    var short = first + " +1";
    return short.length < whole.length ? short : null;
  }

  function labelCandidates(size) {
    var candidates = [];
    var obstacles = [];
    var map = state.map;
    // The selected item drawn over the cluster that holds it: the cluster's label ran under
    // its ring, and named another item of the cluster beside it ("Kashmir conflict +5")
    var over = state.selectedOver, overAt = null;
    if (over) {
      overAt = map.latLngToContainerPoint(over.latlng);
      var rs = SELECTED_RADIUS;
      obstacles.push({ x0: overAt.x - rs, x1: overAt.x + rs, y0: overAt.y - rs, y1: overAt.y + rs });
    }
    state.drawn.forEach(function (entry) {
      var p = map.latLngToContainerPoint(entry.latlng);
      if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) return;
      var r = entry.radius;
      obstacles.push({ x0: p.x - r, x1: p.x + r, y0: p.y - r, y1: p.y + r });
      if (entry.props.review === "rejected") return;
      var text = entry.text;
      var holds = entry.count && overAt && overAt.distanceTo(p) <= r + SELECTED_RADIUS;
      var crowd = !holds && entry.cluster !== undefined && entry.count > CROWD;
      if (crowd) {
        // a crowd of items about a region is named by the country they share, or not at all
        // (the circle's count says it): "Attack in Adair County +97" stood for 98 items over
        // North America, the most prominent of them
        var texts = crowdNames(entry);
        if (!texts) return;
        candidates.push({ props: entry.props, rank: rankOf(entry.props), point: p, latlng: entry.latlng,
                          radius: r, text: texts[0], texts: texts, crowd: true });
        return;
      }
      var named = holds ? over.props : entry.cluster === undefined ? entry.props : clusterName(entry, p);
      if (entry.count) text = shortName(named) + (entry.count > 1 ? " +" + (entry.count - 1) : "");
      candidates.push({ props: named, rank: rankOf(holds ? over.props : entry.props), point: p,
                        latlng: entry.latlng, radius: r, text: text });
    });
    state.shapes.eachLayer(function (layer) {
      var p = layer.exProps;
      if (!p || p.review === "rejected") return;
      if (p.kind !== "theatre" && !layer.exLine) {
        // a country or a region: no label, unless it is the selection
        if (p.id === state.selected) chosenAreaLabel(layer, p, size, candidates);
        return;
      }
      var centre = p.kind === "theatre" ? areaLabelPoint(layer.toGeoJSON().features[0].geometry) : null;
      if (!centre) centre = layer.getBounds().getCenter();
      if (p.kind !== "theatre") {
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
      candidates.push({ props: p, point: q, latlng: centre, radius: 0, text: shortName(p), centred: true });
    });
    candidates.sort(function (a, b) {
      return (b.rank === undefined ? rankOf(b.props) : b.rank) - (a.rank === undefined ? rankOf(a.props) : a.rank);
    });
    return { candidates: candidates, obstacles: obstacles };
  }

  // The selection drawn as an area (an event placed in a region, a province, a
  // country) is named beside a point inside it, as a selected point is beside its symbol:
  // the map drew its outline in the selection's colour and no name, and the analyst who
  // chose it in the table could not tell it from the places around it.
  function chosenAreaLabel(layer, p, size, candidates) {
    var at = null;
    try {
      var json = layer.toGeoJSON();
      var geometry = json.type === "FeatureCollection" ? json.features[0] && json.features[0].geometry : json.geometry;
      if (geometry) at = areaLabelPoint(geometry);
    } catch (err) {
      at = null;
    }
    if (!at) at = layer.getBounds().getCenter();
    var q = state.map.latLngToContainerPoint(at);
    if (q.x < 0 || q.y < 0 || q.x > size.x || q.y > size.y) return;
    candidates.push({ props: p, rank: rankOf(p), point: q, latlng: at, radius: 9, text: shortName(p) });
  }

  function placeLabels() {
    if (!state.labels || !state.map) return;
    state.labels.clearLayers();
    if (!state.data) return basemapAvoids([]);
    var size = state.map.getSize();
    var found = labelCandidates(size);
    var placed = found.obstacles.slice();
    // no label under the legend, wherever it was dragged (the basemap's names keep from
    // under it and the items' symbols and labels themselves: basemap.js, shownItems)
    var legend = legendBox(size);
    // nor under the zoom buttons, the scale or the attribution ("Faisalabad" under the scale)
    var controls = controlBoxes();
    var shown = 0;
    found.candidates.forEach(function (c) {
      if (shown >= MAX_LABELS) return;
      // every spot for a name before a shorter name of it (a crowd's: see crowdNames)
      (c.texts || [c.text]).some(function (text) { return placeLabel(c, text); });
    });
    basemapAvoids(placed);

    function placeLabel(c, text) {
      var lines = labelLines(text);
      var w = Math.max.apply(null, lines.map(textWidth)) + 8;
      var h = 18 * lines.length;
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
        if (legend && overlaps(box, [legend])) continue;
        if (overlaps(box, controls)) continue;
        if (c.centred && overlaps(box, found.obstacles)) continue;
        placed.push(box);
        shown += 1;
        var cls = c.crowd ? "ex-label ex-label-crowd"
          : "ex-label ex-label-" + c.props.kind + (c.props.id === state.selected ? " ex-label-selected" : "");
        state.labels.addLayer(L.marker(c.latlng, {
          interactive: false,
          keyboard: false,
          pane: "exLabels",
          icon: L.divIcon({
            className: cls,
            html: lines.map(escapeHtml).join("<br>"),
            iconSize: [w, h],
            iconAnchor: [-spots[i][0], -spots[i][1]],
          }),
        }));
        return true;
      }
      return false;
    }
  }

  function basemapAvoids(boxes) {
    // the basemap's names give way to the items' symbols and labels
    if (window.explorerBasemap && window.explorerBasemap.avoid) {
      window.explorerBasemap.avoid(state.map, boxes, ["exLabels", "markerPane"]);
    }
  }

  // --- legend -----------------------------------------------------------------------------

  function legendHtml() {
    var p = state.palette;
    var head = '<div class="ex-legend-head" title="Drag to move; click the arrow to fold">' +
      '<span class="ex-legend-title">Legend</span>' +
      '<button type="button" class="ex-legend-toggle" aria-label="Fold or unfold the legend">' +
      (state.legendCollapsed ? "▸" : "▾") + "</button></div>";
    if (state.legendCollapsed) return head;
    // the kinds' rows change with the items shown, not with the view: made once per change
    if (state.legendKinds == null) state.legendKinds = kindRows(p).join("");
    var html = head + '<div class="ex-legend-body">' + state.legendKinds + sidesLegendHtml(p);
    html += layersLegendHtml(p);
    return html + "</div>";
  }

  function sidesLegendHtml(p) {
    // The sides in view under the conflict each is a side in: a bare "Sides in view: Ethiopia"
    // under a Sides panel showing Yemen's stances read as one conflict's sides disagreeing
    // with the panel; under "Somalia" it says which war the colour belongs to.
    var present = sidesInView();
    var numbers = p.numbers || {};
    var groups = {};
    Object.keys(present).forEach(function (name) {
      if (!p.sides[name]) return;
      present[name].forEach(function (conflict) { (groups[conflict] = groups[conflict] || []).push(name); });
    });
    var conflicts = Object.keys(groups);
    if (!conflicts.length) return "";
    // by name, a side of no named conflict last
    conflicts.sort(function (a, b) { return (a === "" ? 1 : 0) - (b === "" ? 1 : 0) || a.localeCompare(b); });
    var html = '<div class="ex-legend-title ex-legend-sides">Sides in view</div>';
    conflicts.forEach(function (conflict) {
      var sides = groups[conflict];
      sides.sort(function (a, b) { return (numbers[a] || 0) - (numbers[b] || 0); });
      if (conflict) html += '<div class="ex-legend-conflict">' + escapeHtml(conflict) + "</div>";
      html += sides.map(function (name) {
        var colour = p.sides[name];
        return '<div class="ex-legend-row ex-legend-side"><span class="ex-marker ex-place ex-sided" style="--ex-colour:' +
          colour + '"><span class="ex-badge" style="color:' + inkFor(colour) + '">' + numbers[name] +
          "</span></span><span>" + escapeHtml(name) + "</span></div>";
      }).join("");
    });
    return html;
  }

  function conflictNames(d) {
    // Each conflict's name by its id, from the conflict areas among the items (made once per
    // set of items): a side's item carries its conflict's id only.
    if (d.conflictNames) return d.conflictNames;
    var names = {}, theatre = codeOf(d.col.kind, "theatre");
    for (var i = 0; i < d.n; i++) {
      if (d.col.kind.codes[i] !== theatre) continue;
      var name = valueOf(d.col.name, i);
      names[d.id[i]] = name;
      var own = valueOf(d.col.theatre, i);
      if (own != null && !(own in names)) names[own] = name;
    }
    d.conflictNames = names;
    return names;
  }

  function sidesInView() {
    // The sides of the shown items the view holds, by name, each with the names of the
    // conflicts it is a side in there ("" for none known): a symbol or a cluster whose spot
    // is in view, a line or an area that reaches into it. A rejected item is drawn grey and
    // names no side. The kinds above count every shown item (as the Filters and the status
    // bar do), but a side is a claim about what is drawn: the view of one war named the
    // parties of every other war on the map (a view of Syria listed Azerbaijan, from a
    // ceasefire in Nagorno-Karabakh). An exported map's legend lists the sides of its frame.
    var present = {};
    var d = state.data;
    if (!d || !state.map || !state.visible) return present;
    var side = d.col.side, reviews = d.col.review.codes, rejected = codeOf(d.col.review, "rejected");
    var theatres = d.col.theatre, width = theatres.values.length + 1;
    var view = state.map.getBounds();
    var south = view.getSouth(), north = view.getNorth(), west = view.getWest(), east = view.getEast();
    var spotIn = new Int8Array(d.spotLon.length); // 0 not looked at, 1 in view, -1 out of it
    // one flag per side and conflict (a side may be drawn in two wars)
    var seen = new Uint8Array(side.values.length * width);
    for (var i = 0; i < d.n; i++) {
      var code = side.codes[i];
      if (code < 0) continue;
      var pair = code * width + theatres.codes[i] + 1;
      if (seen[pair] || !state.visible[i] || reviews[i] === rejected) continue;
      var s = d.spotOf[i], inside;
      if (s >= 0) {
        if (!spotIn[s]) {
          var y = d.spotLat[s], x = d.spotLon[s];
          spotIn[s] = y >= south && y <= north && x >= west && x <= east ? 1 : -1;
        }
        inside = spotIn[s] > 0;
      } else {
        var layer = state.shapeLayers ? state.shapeLayers[i] : null;
        var bounds = layer ? layer.getBounds() : null;
        inside = Boolean(bounds && bounds.isValid() && view.intersects(bounds));
      }
      if (inside) seen[pair] = 1;
    }
    var names = conflictNames(d);
    side.values.forEach(function (name, k) {
      if (!name) return;
      for (var t = 0; t < width; t++) {
        if (!seen[k * width + t]) continue;
        var id = t === 0 ? null : theatres.values[t - 1];
        var conflict = id == null ? "" : names[id] || "";
        if (!present[name]) present[name] = [];
        if (present[name].indexOf(conflict) < 0) present[name].push(conflict);
      }
    });
    return present;
  }

  function shownKinds() {
    // How many shown items of each kind the map draws (the composition's legend_entries
    // counts them so): a route is an asset drawn as a line, counted apart from the assets'
    // symbols; "confirmed" and "rejected" say whether the legend's notes on them apply.
    // Only what is drawn is counted: a spot, a line or an area. A shown item with none (a
    // region known by a point only, a group of claims in no conflict, a country the
    // basemap has no outline of) is listed, not drawn ("listed": the Items table has it):
    // counted among the kinds, "Conflict area (11)" stood over 10 areas drawn.
    var counts = { place: 0, event: 0, asset: 0, theatre: 0, route: 0, confirmed: 0, rejected: 0, listed: 0 };
    var d = state.data;
    if (!d) return counts;
    var kind = d.col.kind, review = d.col.review;
    var asset = codeOf(kind, "asset");
    var confirmed = codeOf(review, "confirmed"), edited = codeOf(review, "edited");
    var rejected = codeOf(review, "rejected");
    var byCode = new Int32Array(kind.values.length);
    var shapes = state.shapeLayers || {};
    for (var i = 0; i < d.n; i++) {
      if (!state.visible[i]) continue;
      if (d.spotOf[i] < 0 && !shapes[i]) {
        counts.listed += 1;
        continue;
      }
      var k = kind.codes[i], r = review.codes[i];
      var g = k === asset ? d.geometry[i] : null;
      if (g && /LineString/.test(g.type)) counts.route += 1;
      else if (k >= 0) byCode[k] += 1;
      if (r === confirmed || r === edited) counts.confirmed += 1;
      else if (r === rejected) counts.rejected += 1;
    }
    kind.values.forEach(function (name, c) { if (name in counts) counts[name] += byCode[c]; });
    return counts;
  }

  function grouped(n) {
    // A count's digits in groups of three, as n.toLocaleString("en") writes a whole number
    // ("12,345"), without ICU's number formatting: its first use in a page starts it (some
    // 10 ms of a snapshot's renderer, V8's profiler), for one comma.
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function kindRows(p) {
    // The kinds this map shows, each with its count, in the Filters panel's order and words.
    var counts = shownKinds(), rows = [];
    var row = function (swatch, colour, label, n) {
      rows.push('<div class="ex-legend-row"><span class="' + swatch + '" style="--ex-colour:' + colour +
        '"></span><span>' + escapeHtml(label) + ' <span class="ex-legend-count">(' +
        grouped(n) + ")</span></span></div>");
    };
    ["place", "event", "asset"].forEach(function (kind) {
      if (counts[kind]) row("ex-marker ex-" + kind, p.kinds[kind], state.kindLabels[kind] || kind, counts[kind]);
    });
    if (counts.theatre) row("ex-swatch-area", p.kinds.theatre, state.kindLabels.theatre || "Conflict area", counts.theatre);
    if (counts.route) row("ex-swatch-line", p.kinds.asset, "Pipeline or route", counts.route);
    if (counts.rejected) row("ex-marker ex-place ex-rejected", "#999999", "Rejected by an analyst", counts.rejected);
    if (counts.listed) {
      rows.push('<div class="ex-legend-note ex-legend-listed" title="Shown items the map has no spot, ' +
        'line or area for (a region known only by its name, claims in no conflict): the Items table lists them">' +
        (rows.length ? "+ " : "") + grouped(counts.listed) + " listed, not drawn</div>");
    }
    if (!rows.length) rows.push('<div class="ex-legend-note">Nothing shown: see the Filters</div>');
    else if (rows.length > (counts.listed ? 1 : 0)) {
      rows.push('<div class="ex-legend-note">Grey: no side' +
        (counts.confirmed ? " · ✓ confirmed by an analyst" : "") + "</div>");
    }
    return rows;
  }

  function layersLegendHtml(p) {
    // Imported event tables (ACLED-style) are layers of their own: one entry each, counted.
    var layers = {};
    var d = state.data;
    if (d) {
      for (var i = 0; i < d.n; i++) {
        var name = state.visible[i] ? valueOf(d.col.layer, i) : null;
        if (name) layers[name] = (layers[name] || 0) + 1;
      }
    }
    var names = Object.keys(layers).sort();
    if (!names.length) return "";
    return '<div class="ex-legend-title ex-legend-sides">Imported tables</div>' + names.map(function (name) {
      return '<div class="ex-legend-row ex-legend-layer"><span class="ex-marker ex-event ex-imported" style="--ex-colour:' +
        p.kinds.event + '"></span><span>' + escapeHtml(name) + " (" + layers[name] + " events)</span></div>";
    }).join("");
  }

  function refreshLegend() {
    // Written only when it changed: every change of view asks (its sides are those in view).
    // Not while the controls are hidden (a snapshot draws its own legend, and a fit measures
    // its corner, never this one): written when they are shown again.
    if (!state.legend || state.noControls) return;
    var html = legendHtml();
    if (html !== state.legendShown) {
      state.legend.innerHTML = html;
      state.legendShown = html;
    }
  }

  function addLegend(map) {
    var legend = L.control({ position: "bottomright" });
    legend.onAdd = function () {
      var div = L.DomUtil.create("div", "ex-legend");
      state.legend = div;
      div.innerHTML = state.legendShown = legendHtml();
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

  // The world's window chosen again for the items shown, when the view is fitted to them
  // ("Zoom to items"): it was chosen once, for every item, when they came, so a filter or a
  // search that left the stories of the Pacific kept a world from 180 W, their islands at its
  // two edges. A filter alone keeps the window, as it keeps the view (pan and zoom survive):
  // moving the world under the analyst's eyes is the fit's business. True when it moved.
  function reseat() {
    var d = state.data;
    var seam = seamOf(placedLngs(d.n, d.col.lon, d.col.lat, d.col.precision, d, state.visible));
    if (seam === state.seam || !state.cols) return false;
    var visible = state.visible, selected = state.selected;
    state.data = load(state.cols, seam);
    state.visible = visible;
    state.selected = selected;
    state.shapeLayers = null;
    state.spider = -1;
    Object.keys(state.layers).forEach(function (id) { delete state.layers[id]; });
    reindex();
    makeShapes();
    return true;
  }

  function show(bits, fit) {
    state.visible = decodeVisible(bits, state.data.n);
    Object.keys(state.layers).forEach(function (id) { delete state.layers[id]; });
    reindex();
    makeShapes();
    // other items shown: the legend's kinds counted anew when it is next written (by the
    // fit, which keeps items from under it, or by the redraw)
    state.legendKinds = null;
    if (fit && state.shown) fitAll();
    drawShapes();
    if (state.selected != null) {
      var sel = rowOf(state.selected);
      if (sel === undefined || !state.visible[sel]) state.selected = null;
    }
    redraw();
    afterRender();
  }

  // The basemap's arcs are read from a file beside the page (basemap.js's load); a "start"
  // that comes while they are still being read waits for them (a second at most: they are
  // then decoded from the data); the commands
  // that come meanwhile are held and run after the drawing, in order, so that whatever they
  // report (a ping's frame) comes after the basemap is drawn.
  var ARCS_WAIT_MS = 1000;

  // A "start" with a "tick" is a ping too, in the same task as the drawing: the tick is then
  // painted in the drawing's first frame, not in the frame after it.
  function tickAfterStart(msg) {
    if (msg && msg.tick) commands.ping(msg);
  }

  var commands = {
    start: function (msg) {
      var basemap = window.explorerBasemap;
      if (state.basemapAdded || !basemap || !basemap.reading || !basemap.reading()) {
        addBasemap(msg); // read (or none asked for): drawn now, as before
        return tickAfterStart(msg);
      }
      state.held = [];
      basemap.whenLoaded(function () {
        var held = state.held;
        state.held = null;
        addBasemap(msg);
        tickAfterStart(msg);
        held.forEach(run);
      }, ARCS_WAIT_MS);
    },
    // Commands sent together (a first view: its controls, palette, items and "start"), run
    // in one task, in order: the page lays out and paints once after all of them, not once
    // between each two (Chromium draws a frame between two tasks when one is due).
    batch: function (msg) {
      (Array.isArray(msg.commands) ? msg.commands : []).forEach(run);
    },
    setData: function (msg) {
      var cols = msg.items || (msg.data ? fromFeatures(msg.data.features || []) : { count: 0 });
      state.cols = cols; // kept: loaded again when the world's window moves (reseat)
      state.data = load(cols);
      state.redraws = 0;
      state.shapeLayers = null;
      state.spider = -1;
      show(msg.visible, msg.fit);
    },
    show: function (msg) {
      show(msg.visible, false);
    },
    fit: function () {
      if (state.data) {
        var moved = reseat();
        fitAll();
        if (moved) drawShapes();
      }
      redraw();
      afterRender();
    },
    select: function (msg) {
      var previous = state.selected;
      state.selected = msg.id || null;
      if (previous) restyleShape(previous);
      if (state.selected) restyleShape(state.selected);
      if (state.selected && msg.fly) return flyTo(state.selected);
      redraw();
      afterRender();
    },
    highlight: function (msg) {
      var previous = Object.keys(state.highlighted);
      state.highlighted = {};
      (msg.ids || []).forEach(function (id) { state.highlighted[id] = true; });
      previous.concat(msg.ids || []).forEach(restyleShape);
      redraw();
      afterRender();
    },
    flyTo: function (msg) { flyTo(msg.id); },
    ping: function (msg) {
      // Change one nearly transparent pixel so that the page sends a fresh frame: a grab
      // after a ping then shows everything drawn before it. The sender may say which of the
      // two states to set ("a" a shade lighter, "b" a shade darker than the map under it),
      // so that it knows which one the frame it waits for shows; else the state flips.
      var tick = document.getElementById("ex-tick");
      if (!tick) {
        tick = document.createElement("div");
        tick.id = "ex-tick";
        document.body.appendChild(tick);
      }
      var next = msg && (msg.tick === "a" || msg.tick === "b") ? msg.tick : null;
      tick.className = next ? "ex-tick-" + next : tick.className === "ex-tick-a" ? "ex-tick-b" : "ex-tick-a";
      state.tickSet = tick.className.slice(-1);
      afterRender();
    },
    controls: function (msg) {
      // A snapshot hides the zoom buttons, legend, scale and attribution before anything is
      // drawn (it draws its own around the picture), so the picture is painted once.
      state.map.getContainer().classList.toggle("ex-no-controls", !msg.shown);
      state.corner = msg.corner || null; // [width, height] the snapshot's own legend covers
      state.noControls = !msg.shown;
      refreshLegend();
    },
    resize: function () {
      state.map.invalidateSize({ pan: false });
      if (state.fitPending && state.data) fitAll();
      redraw();
    },
    setPalette: function (msg) {
      state.palette = msg.palette;
      state.legendKinds = null;
      refreshLegend();
      if (state.data) {
        state.shapes.eachLayer(function (layer) { restyleShape(layer.exProps.id); });
        reindex(); // clusters count the sides that have a colour
        refitIfCovered();
        redraw();
      }
      afterRender();
    },
    click: function (msg) {
      var layer = state.layers[msg.id];
      if (layer) layer.fire("click", { latlng: boundsOf(msg.id).getCenter() });
      else if (rowOf(msg.id) !== undefined) post({ event: "click", id: msg.id });
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
      fitView([[b[1], b[0]], [b[3], b[2]]], { animate: false });
      state.fitted = false;
      redraw();
      afterRender();
    },
  };

  function onCommand(text) {
    var msg;
    try {
      msg = JSON.parse(text);
    } catch (err) {
      return post({ event: "error", message: String(err && err.stack || err) });
    }
    run(msg);
  }

  function run(msg) {
    if (state.held) return state.held.push(msg); // see commands.start
    state.started = performance.now();
    try {
      state.command = msg.cmd;
      var handler = commands[msg.cmd];
      if (!handler) throw new Error("unknown command " + msg.cmd);
      handler(msg);
    } catch (err) {
      post({ event: "error", message: String(err && err.stack || err) });
    }
  }

  // How far past the antimeridian the view may go, in degrees of longitude (the page keeps the
  // view on the world, which the basemap draws once). At the world's edge a fit cannot keep its
  // padding: Suva's cluster (178.4° E) stood half off the map's right edge, on
  // events_fresh14 at 1280 x 760 and in its snapshot. Past the edge the map shows its sea: the
  // land across the line (Chukotka's tip, Fiji's easternmost isles) is drawn on the other side.
  var PAST_ANTIMERIDIAN = 20;

  function init(map, options) {
    state.map = map;
    if (map.options.maxBounds) {
      var world = state.world = L.latLngBounds(map.options.maxBounds);
      map.setMaxBounds([[world.getSouth(), world.getWest() - PAST_ANTIMERIDIAN],
                        [world.getNorth(), world.getEast() + PAST_ANTIMERIDIAN]]);
    }
    state.maxZoom = options.maxZoom || 12;
    state.minZoom = map.getMinZoom() || 0; // no index levels below what the map can show
    state.palette = options.palette;
    state.kindLabels = options.kindLabels || {};
    state.crowds = options.crowds || {}; // regions and short names that name crowds
    map.createPane("exShapes").style.zIndex = 420;
    var labelPane = map.createPane("exLabels");
    labelPane.style.zIndex = 590; // above areas and routes, below the symbols (600)
    labelPane.style.pointerEvents = "none";
    state.shapes = L.featureGroup([], { pane: "exShapes" }).addTo(map);
    state.points = L.layerGroup().addTo(map);
    state.labels = L.layerGroup().addTo(map);
    // The basemap is drawn once the commands queued before the page was ready have arrived
    // ("start"), so a first view fitted to the items is drawn once, not first at the default
    // view; the sea's colour shows meanwhile.
    if (window.explorerBasemap) map.getContainer().style.background = window.explorerBasemap.style.sea;
    // room for its label: at most 100 pixels wide, a 5000 km bar was narrower than "5000 km"
    L.control.scale({ imperial: false, position: "bottomleft", maxWidth: 180 }).addTo(map);
    addLegend(map);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(options.attribution);
    // Leaflet ends every change of zoom with a moveend too: one redraw per change of view.
    map.on("moveend", function () { if (state.data && !state.fitting) redraw(); });
    map.on("zoomstart", function () { state.spider = -1; });
    // the analyst's pan or zoom (a cluster's click too) makes the view theirs, never fitted again
    map.on("movestart", function () {
      state.moving = true;
      if (!state.fitting) state.fitted = false;
    });
    map.on("moveend", function () { state.moving = false; });
    // the container's new size, whether the window said so ("resize") or the page saw it first
    map.on("resize", function () { if (refitIfCovered()) redraw(); });
    window.onerror = function (message, source, line) {
      post({ event: "error", message: message + " (" + source + ":" + line + ")" });
    };
    new QWebChannel(qt.webChannelTransport, function (channel) {
      state.bridge = channel.objects.bridge;
      state.bridge.command.connect(onCommand);
      post({ event: "ready" });
      // The basemap is drawn when whoever drives the page says "start", and only then: the
      // driver alone knows when its first view is set and how long to wait for it (the
      // bridge says "start" on ready when nothing waits, a MapView after its first view or
      // its own wait, the exported page at once). A clock of the page's own ran out on a
      // loaded machine before a snapshot's first view came: the basemap was drawn at the
      // default view and as a map one pans, the snapshot's "still" ignored, its picture
      // not the one the same view gives at idle.
      // Meanwhile, decode the basemap and make its layers (drawn at "start"), once its arcs'
      // binary form is read (asked for at init).
      function prepareBasemap() {
        try {
          if (window.explorerBasemap && !state.basemapAdded) window.explorerBasemap.prepare();
        } catch (err) {
          console.error("basemap: " + (err && err.stack || err));
        }
      }
      if (window.explorerBasemap && window.explorerBasemap.whenLoaded) {
        window.explorerBasemap.whenLoaded(prepareBasemap);
      } else {
        setTimeout(prepareBasemap, 0);
      }
    });
  }

  // msg.still: the map is drawn for one picture (a snapshot), never panned; see basemap.js.
  // Only "start" calls this (see init).
  function addBasemap(msg) {
    if (state.basemapAdded) return;
    state.basemapAdded = true;
    state.still = Boolean(msg && msg.still);
    var c = state.map.getCenter();
    state.basemapAt = { zoom: state.map.getZoom(), center: [c.lat, c.lng] };
    try {
      // A broken basemap must not take the items and the bridge down with it.
      if (window.explorerBasemap) {
        window.explorerBasemap.addTo(state.map, { still: Boolean(msg && msg.still) });
      }
    } catch (err) {
      console.error("basemap: " + (err && err.stack || err));
    }
  }

  // For tests and scripting: what the page shows, as plain data.
  function describe() {
    var labels = [], labelAt = [];
    state.labels.eachLayer(function (l) {
      labels.push(l.options.icon.options.html);
      labelAt.push([l.getLatLng().lat, l.getLatLng().lng]); // the point each label names
    });
    var clusters = 0;
    state.points.eachLayer(function (l) { if (l.getLatLng && !l.exProps) clusters += 1; });
    return { labels: labels, labelAt: labelAt, legend: state.legend ? state.legend.textContent : "",
             legendCollapsed: state.legendCollapsed,
             drawn: (state.pinned || 0) + (state.outlined || 0), // shown items that have a place
             symbols: Object.keys(state.layers).length, // Leaflet layers of items in the page
             clusters: clusters, shown: state.shown, redraws: state.redraws,
             // where the view is, and where it was when the basemap was first drawn (or null)
             view: { zoom: state.map.getZoom(), center: [state.map.getCenter().lat, state.map.getCenter().lng] },
             basemapAt: state.basemapAt || null,
             // the map's size in CSS pixels, and whether everything asked is drawn (atRest)
             size: [state.map.getSize().x, state.map.getSize().y], atRest: atRest(),
             selected: state.selected, // the id of the selection the page has drawn, or null
             // what the view shows and where the shown items with a point stand, [W, S, E, N]
             bounds: boxOf(state.map.getBounds()), items: state.data ? itemsBox() : null,
             // the box a fit frames (the items less their outliers, shapes' centres in), or null
             fit: state.data && fitBoundsOfItems().isValid() ? boxOf(fitBoundsOfItems()) : null };
  }

  function boxOf(b) {
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  function itemsBox() {
    var d = state.data, box = null;
    for (var s = 0; s < (state.spotCount || []).length; s++) {
      if (!state.spotCount[s]) continue;
      var x = d.spotLon[s], y = d.spotLat[s];
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
    }
    return box;
  }

  window.explorerMap = { init: init, describe: describe };
})();
