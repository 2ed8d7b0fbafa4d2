/*
 * The offline basemap: Natural Earth land, countries, lakes and boundaries from
 * window.EXPLORER_BASEMAP (geodata/basemap/basemap.js), drawn like a quiet atlas.
 *
 * Everything is drawn on its own panes below the data overlays, on one canvas, and nothing
 * on it reacts to the mouse. Labels are placed greedily by size, biggest first, so they
 * appear as the map zooms in and never overlap.
 *
 * Needs Leaflet and topojson-client. Use: window.explorerBasemap.addTo(map), or addTo(map,
 * {still: true}) for a picture that is never panned; prepare() beforehand decodes the data and
 * makes the layers without drawing; outline(code, options) a country's outline as a layer of
 * its own; countries() gives the countries as GeoJSON features (decoded once, when asked);
 * topology() the data as a TopoJSON topology (its arcs come packed: see decodeArcs).
 */
(function () {
  "use strict";

  var STYLE = {
    sea: "#c4d9e4",
    coast: "#7f9db0",
    border: "#9c958b",
    admin1: "#cfc7b9",
    lake: "#c4d9e4",
    // Very close warm neutrals, so that neighbouring countries read apart without shouting.
    tints: ["#f1ede3", "#ece6d8", "#f3efe7", "#eee8dc", "#e9e3d5"],
  };
  var ADMIN1_MIN_ZOOM = 5;
  var PANE = "explorerBasemap";
  var PADDING = 0.5; // of the view, drawn beyond each of its edges (Leaflet's canvas padding)
  var LABEL_PANE = "explorerBasemapLabels";

  function countryMinZoom(area) {
    if (area >= 3e6) return 2;
    if (area >= 7e5) return 3;
    if (area >= 1.5e5) return 4;
    if (area >= 2e4) return 5;
    if (area >= 3e3) return 6;
    return 7;
  }

  function seaMinZoom(label) {
    if (label.kind === "ocean") return 1;
    if (label.area_km2 >= 1.5e6) return 3;
    if (label.area_km2 >= 3e5) return 4;
    if (label.area_km2 >= 1e5) return 5;
    return 6;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // Long names go on two lines, split at the space nearest the middle.
  function splitName(name) {
    if (name.length < 15 || name.indexOf(" ") < 0) return [name];
    var middle = name.length / 2;
    var best = -1;
    for (var i = 0; i < name.length; i++) {
      if (name[i] === " " && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
        best = i;
      }
    }
    return [name.slice(0, best), name.slice(best + 1)];
  }

  function makeLabel(kind, name, lat, lon, size, minZoom, priority) {
    var lines = kind === "country" && name.length < 20 ? [name] : splitName(name);
    var widest = Math.max.apply(null, lines.map(function (l) { return l.length; }));
    // Rough text metrics for the collision test; generous, so that labels keep some air.
    var perChar = kind === "country" ? 0.74 : kind === "ocean" ? 0.9 : 0.56;
    var width = Math.ceil(widest * size * perChar) + 8;
    var height = Math.ceil(lines.length * size * 1.25) + 4;
    var html = lines.map(escapeHtml).join("<br>");
    return {
      latlng: L.latLng(lat, lon),
      minZoom: minZoom,
      priority: priority,
      width: width,
      height: height,
      marker: L.marker([lat, lon], {
        pane: LABEL_PANE,
        interactive: false,
        keyboard: false,
        icon: L.divIcon({
          className: "explorer-basemap-label explorer-basemap-label--" + kind,
          html: '<span style="font-size:' + size + 'px">' + html + "</span>",
          iconSize: [width, height],
          iconAnchor: [width / 2, height / 2],
        }),
      }),
    };
  }

  function buildLabels(data) {
    var labels = [];
    data.labels.countries.forEach(function (c) {
      var size = c.area_km2 >= 3e6 ? 13 : c.area_km2 >= 7e5 ? 12 : 11;
      labels.push(
        makeLabel("country", c.name, c.lat, c.lon, size, countryMinZoom(c.area_km2), c.area_km2)
      );
    });
    data.labels.seas.forEach(function (s) {
      var ocean = s.kind === "ocean";
      var size = ocean ? 14 : s.area_km2 >= 1e6 ? 14 : 13;
      // Oceans first; then seas compete with countries by area, a sea counting for less.
      var priority = ocean ? 1e12 + s.area_km2 : s.area_km2 * 0.8;
      labels.push(
        makeLabel(ocean ? "ocean" : "sea", s.name, s.lat, s.lon, size, seaMinZoom(s), priority)
      );
    });
    labels.sort(function (a, b) { return b.priority - a.priority; });
    return labels;
  }

  // What the map's own symbols and names take at a view, in container pixels (map.js reports
  // it each time it places its labels): a basemap name under them gives way, as an item's
  // name says more than the sea's. Boxes of another view are stale and not used.
  var avoided = { view: null, boxes: [] };
  var relabel = null; // places the basemap's names again on the map it is drawn on

  function viewKey(map) {
    var c = map.getCenter(), size = map.getSize();
    return [map.getZoom(), c.lat.toFixed(7), c.lng.toFixed(7), size.x, size.y].join("/");
  }

  function avoid(map, boxes) {
    avoided = { view: viewKey(map), boxes: boxes.slice() };
    if (relabel) relabel(map);
  }

  function placeLabels(map, labels, layer) {
    var zoom = map.getZoom();
    var size = map.getSize();
    var placed = avoided.view === viewKey(map) ? avoided.boxes.slice() : [];
    labels.forEach(function (label) {
      var show = false;
      if (zoom >= label.minZoom) {
        var p = map.latLngToContainerPoint(label.latlng);
        var box = {
          x0: p.x - label.width / 2, x1: p.x + label.width / 2,
          y0: p.y - label.height / 2, y1: p.y + label.height / 2,
        };
        var inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size.x && box.y1 <= size.y;
        show = inside && !placed.some(function (o) {
          return box.x0 < o.x1 && box.x1 > o.x0 && box.y0 < o.y1 && box.y1 > o.y0;
        });
        if (show) placed.push(box);
      }
      if (show && !layer.hasLayer(label.marker)) layer.addLayer(label.marker);
      if (!show && layer.hasLayer(label.marker)) layer.removeLayer(label.marker);
    });
  }

  // Rings cut at the antimeridian are closed along it (and round the pole for Antarctica);
  // those closing edges are not coasts, so drop them from the outlines: each line ({ll, uv}:
  // see joinArcs) is cut where it runs along one, into lines of 2 vertices or more.
  function onSeam(ll, i) { // the edge from vertex i - 1 to vertex i
    var lon = ll[2 * i - 2], lat = ll[2 * i - 1];
    var meridian = Math.abs(lon) > 179.99 && Math.abs(lon - ll[2 * i]) < 1e-6;
    var pole = lat < -89.9 && ll[2 * i + 1] < -89.9;
    return meridian || pole;
  }

  function withoutSeams(lines) {
    var out = [];
    function piece(line, from, to) { // vertices from..to - 1
      if (to - from < 2) return;
      if (from === 0 && 2 * to === line.ll.length) return out.push(line);
      out.push({ ll: line.ll.slice(2 * from, 2 * to), uv: line.uv.slice(2 * from, 2 * to) });
    }
    lines.forEach(function (line) {
      var start = 0, n = line.ll.length / 2;
      for (var i = 1; i < n; i++) {
        if (onSeam(line.ll, i)) {
          piece(line, start, i);
          start = i;
        }
      }
      piece(line, start, n);
    });
    return out;
  }

  // Greedy colouring over shared borders, busiest countries first.
  function tintIndices(geometries) {
    var neighbours = topojson.neighbors(geometries);
    var order = geometries.map(function (_, i) { return i; });
    order.sort(function (a, b) { return neighbours[b].length - neighbours[a].length; });
    var tint = new Array(geometries.length);
    order.forEach(function (i) {
      var taken = neighbours[i].map(function (j) { return tint[j]; });
      var pick = 0;
      while (taken.indexOf(pick) >= 0 && pick < STYLE.tints.length - 1) pick++;
      tint[i] = pick;
    });
    return tint;
  }

  // --- layers whose vertices are projected once -------------------------------------------
  // Leaflet's GeoJSON layers make a LatLng per vertex, then at every zoom project each one
  // through its CRS into a new point (some 180,000 vertices for the world's countries, coasts
  // and borders). Here each vertex is projected once, when the data is decoded, to the
  // fraction of the world it lies at (EPSG:3857's projection and transformation, written out
  // as Leaflet computes them); a zoom's layer point is then round(scale * u) - origin, the very
  // number Leaflet's latLngToLayerPoint gives. Leaflet's own clipping, simplification and canvas
  // drawing then run on the same points, so the pixels are the same. Drawing only: these layers
  // have no LatLngs to return or edit.

  var MERCATOR = L.Projection.SphericalMercator;
  var TRANSFORM = L.CRS.EPSG3857.transformation;

  // A vertex projected as Leaflet's EPSG:3857 projects it, before the zoom's scale: u from the
  // longitude, v from the latitude.
  var DEG = Math.PI / 180;

  function projectU(lng) {
    return TRANSFORM._a * (MERCATOR.R * lng * DEG) + TRANSFORM._b;
  }

  function projectV(lat) {
    var max = MERCATOR.MAX_LATITUDE;
    var sin = Math.sin(Math.max(Math.min(max, lat), -max) * DEG);
    return TRANSFORM._c * (MERCATOR.R * Math.log((1 + sin) / (1 - sin)) / 2) + TRANSFORM._d;
  }

  // The topology's arcs come packed (tools/basemap_arcs.py): the base64 of one stream of
  // LEB128 varints holding, for each arc, its number of points n, then its 2n numbers as
  // TopoJSON holds them (the first point quantized, then steps from the point before), every
  // number zigzag-encoded. They are read once, in one pass, into typed arrays (no array per point):
  //   q      those numbers, [x0, y0, dx1, dy1, ...] for every arc, one after the other;
  //   start  where each arc's points begin (count + 1 of them);
  //   arcs   each arc's vertices as {ll, uv, uvBox, llBox, seam}: ll [lon0, lat0, lon1, lat1,
  //          ...] by topojson's own arithmetic (quantized steps summed, then scaled and
  //          translated), uv the same projected [u0, v0, ...] (see projectU), views into one
  //          array each for all arcs; the box of its uv, [u0, v0, u1, v1], and of its ll,
  //          [south, west, north, east] (from its least and greatest quantized numbers: the
  //          scaling never reorders them); seam when a vertex lies where a seam may run (see
  //          onSeam), so that a line without such an arc needs no cutting;
  //   ends   what topojson's meshArcs reads of the arcs (see below).
  function decodeArcs(topo, packed) {
    var t = topo.transform;
    var kx = t.scale[0], ky = t.scale[1], dx = t.translate[0], dy = t.translate[1];
    var bytes = atob(packed.packed), at = 0;
    var q = new Int32Array(2 * packed.points), start = new Int32Array(packed.count + 1);
    var ll = new Float64Array(q.length), uv = new Float64Array(q.length);
    var arcs = new Array(packed.count), ends = new Array(packed.count);
    function next() { // one varint, zigzag-decoded
      var value = 0, shift = 0, b;
      do {
        b = bytes.charCodeAt(at++);
        value |= (b & 0x7f) << shift;
        shift += 7;
      } while (b >= 0x80);
      return (value >>> 1) ^ -(value & 1);
    }
    var k = 0;
    for (var a = 0; a < packed.count; a++) {
      var from = k, n = 2 * next(); // its numbers
      start[a] = k / 2;
      var x = 0, y = 0;
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var end = k + n; k < end; k += 2) {
        var stepX = next(), stepY = next();
        q[k] = stepX;
        q[k + 1] = stepY;
        var lng = (x += stepX) * kx + dx;
        var lat = (y += stepY) * ky + dy;
        ll[k] = lng;
        ll[k + 1] = lat;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      var south = y0 * ky + dy, west = x0 * kx + dx, north = y1 * ky + dy, east = x1 * kx + dx;
      // v falls as the latitude grows; no two of the arc's latitudes are near enough for
      // Math.sin's or Math.log's last bit to reorder them (a quantum is 1e-3 degrees)
      arcs[a] = {
        ll: ll.subarray(from, k), uv: uv.subarray(from, k), projected: false,
        uvBox: [projectU(west), projectV(north), projectU(east), projectV(south)],
        llBox: [south, west, north, east],
        seam: west < -179.99 || east > 179.99 || south < -89.9,
      };
      // meshArcs reads each arc's two ends (its steps summed) and whether an arc of two points
      // is empty: an arc of three points or more is given to it as [first point, the sum of
      // its steps, no step], a shorter one whole.
      ends[a] = n < 6
        ? (n === 4 ? [[q[from], q[from + 1]], [q[from + 2], q[from + 3]]] : [[q[from], q[from + 1]]])
        : [[q[from], q[from + 1]], [x - q[from], y - q[from + 1]], [0, 0]];
    }
    start[packed.count] = k / 2;
    if (k !== q.length || at !== bytes.length) {
      throw new Error("basemap: the packed arcs do not hold the arcs and points they say");
    }
    return {
      q: q, start: start, arcs: arcs,
      ends: { type: "Topology", transform: t, objects: topo.objects, arcs: ends },
    };
  }

  // An arc's projected vertices [u0, v0, ...], made when first read: most arcs never reach
  // the first view (see FLAT's _clipPoints), and need no Math.sin or Math.log.
  function projected(arc) {
    if (!arc.projected) {
      var ll = arc.ll, uv = arc.uv;
      for (var k = 0; k < ll.length; k += 2) {
        uv[k] = projectU(ll[k]);
        uv[k + 1] = projectV(ll[k + 1]);
      }
      arc.projected = true;
    }
    return arc.uv;
  }

  // The vertices of a line or ring made of arcs (indexes, ~i for arc i reversed), as topojson's
  // object() joins them: each arc after the first starts where the last ended, and that shared
  // vertex is kept once; a line has at least 2 vertices, a ring at least 4. Returns {ll, uv}:
  // for one arc taken forwards with enough vertices (an island, a lake), that arc's own arrays,
  // which nothing writes to; else new ones.
  function joinArcs(decoded, indexes, least) {
    if (indexes.length === 1 && indexes[0] >= 0 && decoded[indexes[0]].ll.length >= 2 * least) {
      projected(decoded[indexes[0]]);
      return decoded[indexes[0]];
    }
    var total = 0;
    indexes.forEach(function (i, j) {
      total += decoded[i < 0 ? ~i : i].ll.length / 2 - (j ? 1 : 0);
    });
    var size = 2 * Math.max(total, least);
    var ll = new Float64Array(size), uv = new Float64Array(size);
    var at = 0;
    indexes.forEach(function (i, j) {
      var arc = decoded[i < 0 ? ~i : i], n = arc.ll.length / 2, arcUv = projected(arc);
      if (j) at -= 1;
      for (var k = 0; k < n; k++, at++) {
        var from = 2 * (i < 0 ? n - 1 - k : k);
        ll[2 * at] = arc.ll[from];
        ll[2 * at + 1] = arc.ll[from + 1];
        uv[2 * at] = arcUv[from];
        uv[2 * at + 1] = arcUv[from + 1];
      }
    });
    for (; at < least; at++) {
      ll[2 * at] = ll[0];
      ll[2 * at + 1] = ll[1];
      uv[2 * at] = uv[0];
      uv[2 * at + 1] = uv[1];
    }
    return { ll: ll, uv: uv };
  }

  // Whether a polygon's ring, its vertices ll from..to - 1, drops its last vertex: when it
  // repeats the first, as Leaflet's Polygon does (LatLng.equals).
  function repeatsFirst(firstLl, first, lastLl, last) {
    var far = Math.max(
      Math.abs(firstLl[2 * first + 1] - lastLl[2 * last + 1]),
      Math.abs(firstLl[2 * first] - lastLl[2 * last])
    );
    return far <= 1e-9;
  }

  // A ring or line's projected vertices, from its joined {ll, uv} (see joinArcs); a polygon's
  // ring drops its last vertex when it repeats the first. Returns {uv, uvBox, llBox}: the
  // vertices kept, their box before the zoom's scale, [u0, v0, u1, v1] (see FLAT's
  // _project), and the box of their ll, [south, west, north, east].
  function flatRing(ring, closed) {
    var ll = ring.ll, uv = ring.uv, n = ll.length / 2;
    if (closed && n >= 2 && repeatsFirst(ll, 0, ll, n - 1)) n -= 1;
    var box = [Infinity, Infinity, -Infinity, -Infinity];
    var u0 = Infinity, v0 = Infinity, u1 = -Infinity, v1 = -Infinity;
    for (var i = 0; i < n; i++) {
      var lng = ll[2 * i], lat = ll[2 * i + 1], u = uv[2 * i], v = uv[2 * i + 1];
      if (lat < box[0]) box[0] = lat;
      if (lng < box[1]) box[1] = lng;
      if (lat > box[2]) box[2] = lat;
      if (lng > box[3]) box[3] = lng;
      if (u < u0) u0 = u;
      if (u > u1) u1 = u;
      if (v < v0) v0 = v;
      if (v > v1) v1 = v;
    }
    return {
      uv: n === ll.length / 2 ? uv : uv.subarray(0, 2 * n),
      uvBox: [u0, v0, u1, v1], llBox: box,
    };
  }

  // A ring or line of arcs (indexes, ~i for arc i reversed) as flatRing would make it from
  // joinArcs' vertices, without joining them: its box is its arcs' boxes joined, and its points
  // are read from its arcs when it is first drawn (FLAT's _ringPoints), projected then (see
  // projected). Returns {parts, arcs, n, uvBox, llBox} (n: how many vertices it keeps; one arc
  // taken forwards, an island, is read from that arc's own arrays); flatRing(joinArcs(...))
  // when its arcs do not meet end to end or it is too short (joinArcs pads it).
  function arcRing(decoded, indexes, least, closed) {
    var total = 0, endLl = null, end = 0, meet = true;
    var uvBox = [Infinity, Infinity, -Infinity, -Infinity];
    var llBox = [Infinity, Infinity, -Infinity, -Infinity];
    for (var j = 0; j < indexes.length; j++) {
      var i = indexes[j], arc = decoded[i < 0 ? ~i : i], n = arc.ll.length / 2;
      var first = i < 0 ? n - 1 : 0;
      // joinArcs keeps a shared vertex once, the next arc's: the same only if they are equal
      if (j && (endLl[2 * end] !== arc.ll[2 * first] || endLl[2 * end + 1] !== arc.ll[2 * first + 1])) {
        meet = false;
      }
      endLl = arc.ll;
      end = i < 0 ? 0 : n - 1;
      total += n - (j ? 1 : 0);
      for (var c = 0; c < 2; c++) {
        if (arc.uvBox[c] < uvBox[c]) uvBox[c] = arc.uvBox[c];
        if (arc.uvBox[c + 2] > uvBox[c + 2]) uvBox[c + 2] = arc.uvBox[c + 2];
        if (arc.llBox[c] < llBox[c]) llBox[c] = arc.llBox[c];
        if (arc.llBox[c + 2] > llBox[c + 2]) llBox[c + 2] = arc.llBox[c + 2];
      }
    }
    if (!meet || total < least) return flatRing(joinArcs(decoded, indexes, least), closed);
    var kept = total;
    if (closed && total >= 2) {
      var head = indexes[0], firstArc = decoded[head < 0 ? ~head : head];
      var at = head < 0 ? firstArc.ll.length / 2 - 1 : 0;
      if (repeatsFirst(firstArc.ll, at, endLl, end)) {
        kept -= 1;
        // the vertex dropped is the first again, already in both boxes; anything else is not
        if (endLl[2 * end] !== firstArc.ll[2 * at] || endLl[2 * end + 1] !== firstArc.ll[2 * at + 1]) {
          return flatRing(joinArcs(decoded, indexes, least), closed);
        }
      }
    }
    return { parts: indexes, arcs: decoded, n: kept, uvBox: uvBox, llBox: llBox };
  }

  // One layer of rings made by flatRing or arcRing, as L.geoJSON makes for one geometry.
  function flatLayer(flat, polygon, options) {
    var box = [Infinity, Infinity, -Infinity, -Infinity];
    flat.forEach(function (ring) {
      for (var c = 0; c < 2; c++) {
        if (ring.llBox[c] < box[c]) box[c] = ring.llBox[c];
        if (ring.llBox[c + 2] > box[c + 2]) box[c + 2] = ring.llBox[c + 2];
      }
    });
    var bounds = box[0] <= box[2]
      ? L.latLngBounds([box[0], box[1]], [box[2], box[3]])
      : L.latLngBounds([]);
    return new (polygon ? FlatPolygon : FlatPolyline)(flat, bounds, options);
  }

  // A layer per polygon geometry of a topology's GeometryCollection, styled by style(index):
  // what L.geoJSON(topojson.feature(topo, object)) draws. Other geometries are left out.
  function polygonLayers(decoded, object, options, style) {
    var layers = [];
    object.geometries.forEach(function (g, index) {
      var rings = polygonRings(decoded, g);
      if (rings) layers.push(flatLayer(rings, true, L.extend({}, options, style(index))));
    });
    return L.featureGroup(layers, options.attribution ? { attribution: options.attribution } : {});
  }

  // The rings (see arcRing) of a polygon geometry's polygons, in order; null for another.
  function polygonRings(decoded, g) {
    var polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : null;
    if (!polygons) return null;
    var rings = [];
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring) { rings.push(arcRing(decoded, ring, 4, true)); });
    });
    return rings;
  }

  // One layer of a mesh's lines (topojson.meshArcs' MultiLineString), seams left out unless
  // keepSeams: what L.geoJSON(topojson.mesh(...)) draws. Only a line with an arc where a seam
  // may run is joined, to be cut (see withoutSeams).
  function meshLayer(decoded, mesh, keepSeams, options) {
    var lines = [];
    mesh.arcs.forEach(function (arcs) {
      var cut = !keepSeams && arcs.some(function (i) { return decoded[i < 0 ? ~i : i].seam; });
      if (!cut) return lines.push(arcRing(decoded, arcs, 2, false));
      withoutSeams([joinArcs(decoded, arcs, 2)]).forEach(function (line) {
        lines.push(flatRing(line, false));
      });
    });
    return L.featureGroup([flatLayer(lines, false, options)]);
  }

  var FLAT = {
    initialize: function (rings, bounds, options) { // rings: flatRing's or arcRing's
      L.setOptions(this, options);
      this._flat = rings;
      this._uvBoxes = rings.map(function (ring) { return ring.uvBox; });
      this._bounds = bounds;
      this._latlngs = [];
    },

    // Each ring's box of layer points at this zoom, from the box of its vertices before the
    // scale: round(scale * u) - origin never decreases as u grows, so the box's corners give
    // the least and the greatest of its vertices' points, no vertex visited. The points
    // themselves are made when the ring is first within the view (see _clipPoints); most of
    // the world never is.
    _project: function () {
      var map = this._map;
      if (map.options.crs !== L.CRS.EPSG3857) throw new Error("basemap: needs EPSG:3857");
      var scale = map.options.crs.scale(map.getZoom());
      var origin = map.getPixelOrigin();
      var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      this._projection = { scale: scale, x: origin.x, y: origin.y };
      this._boxes = [];
      this._points = [];
      for (var r = 0; r < this._flat.length; r++) {
        var b = this._uvBoxes[r];
        var x0 = Math.round(scale * b[0]) - origin.x, y0 = Math.round(scale * b[1]) - origin.y;
        var x1 = Math.round(scale * b[2]) - origin.x, y1 = Math.round(scale * b[3]) - origin.y;
        this._boxes.push([x0, y0, x1, y1]);
        this._points.push(null);
        if (x0 < minX) minX = x0;
        if (x1 > maxX) maxX = x1;
        if (y0 < minY) minY = y0;
        if (y1 > maxY) maxY = y1;
      }
      if (this._bounds.isValid() && minX <= maxX) {
        this._rawPxBounds = L.bounds(L.point(minX, minY), L.point(maxX, maxY));
        this._updateBounds();
      }
    },

    // Leaflet's clipping, given the rings that reach the view: a ring wholly beyond one edge of
    // it (by more than the stroke Leaflet widens a polygon's clip by, and a pixel for its
    // rounding) gives Leaflet nothing to draw, so leaving it out changes no part.
    _clipPoints: function () {
      var bounds = this._renderer._bounds, margin = (this.options.weight || 0) + 2;
      var left = bounds.min.x - margin, right = bounds.max.x + margin;
      var top = bounds.min.y - margin, bottom = bounds.max.y + margin;
      this._rings = [];
      for (var r = 0; r < this._boxes.length; r++) {
        var box = this._boxes[r];
        if (box[2] < left || box[0] > right || box[3] < top || box[1] > bottom) continue;
        this._rings.push(this._ringPoints(r));
      }
      this.constructor.__super__._clipPoints.call(this);
    },

    // Ring r's layer points at this zoom: round(scale * u) - origin, as latLngToLayerPoint;
    // for a ring of several arcs, read from each in its direction, a shared vertex once (the
    // next arc's, as joinArcs keeps it), its first n vertices. A point on the same pixel as the
    // one before is left out, but for the last: Leaflet's clipping keeps such a point or drops
    // it with the one before, and its simplification (smoothFactor 1 or more) then drops it
    // whatever its place, but for a part's last point, which it always keeps; so the parts
    // drawn are the same, and at the world's zoom a ring is a few points, not its vertices.
    _ringPoints: function (r) {
      if (this._points[r]) return this._points[r];
      var p = this._projection, flat = this._flat[r];
      // grown, not made with its length: a long coast would make a slow, sparse array
      var ring = [], lastX = NaN, lastY = NaN, x, y;
      var keepAll = !(this.options.smoothFactor > 0); // no simplification: every point kept
      if (flat.uv) {
        var uv = flat.uv, n = uv.length / 2;
        for (var i = 0; i < n; i++) {
          x = Math.round(p.scale * uv[2 * i]) - p.x;
          y = Math.round(p.scale * uv[2 * i + 1]) - p.y;
          if (x === lastX && y === lastY && i < n - 1 && !keepAll) continue;
          ring.push(new L.Point(x, y));
          lastX = x;
          lastY = y;
        }
      } else {
        var parts = flat.parts, left = flat.n;
        for (var j = 0; j < parts.length && left > 0; j++) {
          var a = parts[j], back = a < 0, arc = projected(flat.arcs[back ? ~a : a]);
          var m = arc.length / 2, take = j === parts.length - 1 ? m : m - 1;
          for (var k = 0; k < take && left > 0; k++, left--) {
            var at = 2 * (back ? m - 1 - k : k);
            x = Math.round(p.scale * arc[at]) - p.x;
            y = Math.round(p.scale * arc[at + 1]) - p.y;
            if (x === lastX && y === lastY && left > 1 && !keepAll) continue;
            ring.push(new L.Point(x, y));
            lastX = x;
            lastY = y;
          }
        }
      }
      this._points[r] = ring;
      return ring;
    },
  };
  var FlatPolyline = L.Polyline.extend(FLAT);
  var FlatPolygon = L.Polygon.extend(FLAT);

  function ensurePane(map, name, zIndex) {
    var pane = map.getPane(name) || map.createPane(name);
    pane.style.zIndex = String(zIndex);
    pane.style.pointerEvents = "none";
    return pane;
  }

  // What the data decodes to, made once per page: the layers, not yet on any map, drawn from
  // the topology's arcs decoded once (see FLAT).
  var prepared = null;

  function data() {
    var d = window.EXPLORER_BASEMAP;
    if (!d || !d.topology || !d.arcs) {
      throw new Error("explorerBasemap: window.EXPLORER_BASEMAP is missing; load basemap data first");
    }
    return d;
  }

  var decodedArcs = null;

  // The arcs read from the data, once (see decodeArcs).
  function arcs() {
    if (decodedArcs === null) decodedArcs = decodeArcs(data().topology, data().arcs);
    return decodedArcs;
  }

  var wholeTopology = null;

  // The data as a TopoJSON topology, its arcs as arrays of [x, y] (made once, when asked: the
  // page draws from the packed arcs).
  function topology() {
    if (wholeTopology === null) {
      var topo = data().topology, q = arcs().q, start = arcs().start;
      var list = new Array(start.length - 1);
      for (var a = 0; a < list.length; a++) {
        var arc = [];
        for (var k = 2 * start[a]; k < 2 * start[a + 1]; k += 2) arc.push([q[k], q[k + 1]]);
        list[a] = arc;
      }
      wholeTopology = { type: "Topology", transform: topo.transform, objects: topo.objects, arcs: list };
    }
    return wholeTopology;
  }

  var decodedCountries = null;

  // The countries as GeoJSON features (id: ISO alpha-2 code), decoded once, when first asked
  // (the map's items draw a country with outline(); a label inside one reads its shape here).
  function countries() {
    if (decodedCountries === null) {
      var topo = topology();
      decodedCountries = topojson.feature(topo, topo.objects.countries);
    }
    return decodedCountries;
  }

  var countryIndex = null;

  // A country's outline as a layer of its own, for the map's items (options: Leaflet's path
  // options; the map's own renderer unless they name one): what L.geoJSON of its feature in
  // countries() draws, from the arcs the basemap decoded, with no LatLng per vertex (see
  // FLAT) and no GeoJSON made first. Its toGeoJSON() is the one Leaflet's layer would give
  // (that layer made when first asked: a conflict area over a country places its name with it). Null when the data has no polygon for that code (ISO alpha-2; of two
  // countries with one code, the last, as countries() keyed by id keeps it).
  function outline(code, options) {
    var geometries = data().topology.objects.countries.geometries;
    if (countryIndex === null) {
      countryIndex = {};
      geometries.forEach(function (g, index) { if (g.id != null) countryIndex[g.id] = index; });
    }
    var index = countryIndex[code];
    var rings = index === undefined ? null : polygonRings(arcs().arcs, geometries[index]);
    if (!rings) return null;
    var layer = flatLayer(rings, true, options || {}), leaflet = null;
    layer.toGeoJSON = function (precision) { // Leaflet's own layer of it, made once when asked
      if (leaflet === null) leaflet = L.GeoJSON.geometryToLayer(countries().features[index]);
      return leaflet.toGeoJSON(precision);
    };
    return layer;
  }

  // Decode the data and make the layers (no drawing): the page may do this while it waits
  // for the view it will first show.
  function prepare() {
    if (prepared) return prepared;
    var topo = data().topology;
    var objects = topo.objects;
    var decoded = arcs().arcs, ends = arcs().ends;
    // The renderer is made with the layers; its pane is created when it is added to a map.
    var renderer = L.canvas({ pane: PANE, padding: PADDING });
    var common = { pane: PANE, renderer: renderer, interactive: false };
    function lines(object, filter, keepSeams, style) {
      var mesh = filter ? topojson.meshArcs(ends, object, filter) : topojson.meshArcs(ends, object);
      return meshLayer(decoded, mesh, keepSeams, L.extend({}, common, style));
    }

    var tints = tintIndices(objects.countries.geometries);
    var layers = {
      countries: polygonLayers(decoded, objects.countries,
        L.extend({}, common, { attribution: "Natural Earth" }),
        function (i) {
          return { stroke: false, fillColor: STYLE.tints[tints[i]], fillOpacity: 1 };
        }),
      lakes: objects.lakes ? polygonLayers(decoded, objects.lakes, common, function () {
        return { color: STYLE.coast, weight: 0.6, fillColor: STYLE.lake, fillOpacity: 1 };
      }) : null,
      admin1: null, // made when first shown (from ADMIN1_MIN_ZOOM): see admin1Layer
      borders: lines(objects.countries, function (a, b) { return a !== b; }, false,
        { color: STYLE.border, weight: 0.9, opacity: 1, lineJoin: "round" }),
      coast: lines(objects.countries, function (a, b) { return a === b; }, false,
        { color: STYLE.coast, weight: 0.8, opacity: 1, lineJoin: "round" }),
    };
    prepared = { layers: layers, labels: buildLabels(data()), renderer: renderer, lines: lines };
    return prepared;
  }

  // The first-level boundaries, decoded and made the first time the map is zoomed in enough
  // to show them: a start-up at a wider view never needs them. Null when the data has none.
  function admin1Layer() {
    var made = prepare();
    var admin1 = data().topology.objects.admin1;
    if (!made.layers.admin1 && admin1) {
      made.layers.admin1 = made.lines(admin1, null, true, {
        color: STYLE.admin1, weight: 0.6, opacity: 1,
      });
    }
    return made.layers.admin1;
  }

  // options.still: the map is drawn for one picture (a snapshot) and never panned, so the canvas
  // covers the view alone; a map one pans draws half a view more on every side, ready to show.
  function addTo(map, options) {
    var made = prepare();
    var layers = made.layers;
    made.renderer.options.padding = options && options.still ? 0 : PADDING;

    ensurePane(map, PANE, 150); // below tiles (200) and overlays (400)
    ensurePane(map, LABEL_PANE, 350); // above the shapes, below the data
    map.getContainer().style.background = STYLE.sea;

    // One canvas: the order of adding is the order of painting.
    ["countries", "lakes", "borders", "coast"].forEach(function (name) {
      if (layers[name]) layers[name].addTo(map);
    });

    function syncAdmin1() {
      var want = map.getZoom() >= ADMIN1_MIN_ZOOM;
      if (want && !admin1Layer()) return;
      if (!layers.admin1) return;
      if (want && !map.hasLayer(layers.admin1)) {
        layers.admin1.addTo(map);
        layers.borders.bringToFront();
        layers.coast.bringToFront();
      } else if (!want && map.hasLayer(layers.admin1)) {
        map.removeLayer(layers.admin1);
      }
    }

    var labels = made.labels;
    var labelLayer = L.layerGroup().addTo(map);
    var pending = false;
    function onView() {
      if (pending) return;
      pending = true;
      L.Util.requestAnimFrame(function () {
        pending = false;
        syncAdmin1();
        placeLabels(map, labels, labelLayer);
      });
    }
    map.on("zoomend moveend resize", onView);
    syncAdmin1();
    placeLabels(map, labels, labelLayer);
    relabel = function (asked) {
      if (asked === map) placeLabels(map, labels, labelLayer);
    };

    return {
      layers: layers,
      labels: labelLayer,
      remove: function () {
        map.off("zoomend moveend resize", onView);
        relabel = null;
        Object.keys(layers).forEach(function (name) {
          if (layers[name]) map.removeLayer(layers[name]);
        });
        map.removeLayer(labelLayer);
      },
    };
  }

  window.explorerBasemap = {
    addTo: addTo, prepare: prepare, countries: countries, outline: outline, topology: topology,
    avoid: avoid, style: STYLE,
  };
})();
