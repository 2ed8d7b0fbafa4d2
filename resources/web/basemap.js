//# allFunctionsCalledOnLoad
// (V8's compile hint: every function of this file is compiled with the file, on the thread
// that streams it in, not parsed a second time on the page's thread at its first call; most
// of them run at start. benchmarks/README.md, section 1's thirty-eighth pass.)
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
 * topology() the data as a TopoJSON topology (its arcs come packed: see decodeArcs);
 * load(url) reads the arcs already decoded, from a binary file beside the page (see arcs),
 * and whenLoaded(fn) calls fn once it is read.
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
      lon: lon,
      latlng: L.latLng(lat, wrapLng(lon)),
      minZoom: minZoom,
      priority: priority,
      width: width,
      height: height,
      marker: L.marker([lat, wrapLng(lon)], {
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
  var avoided = { view: null, boxes: [], panes: [] };
  var relabel = null; // places the basemap's names again on the map it is drawn on

  function viewKey(map) {
    var c = map.getCenter(), size = map.getSize();
    return [map.getZoom(), c.lat.toFixed(7), c.lng.toFixed(7), size.x, size.y].join("/");
  }

  // panes: the map's panes of the items' symbols and labels, avoided where they are shown
  // when the names are placed (see shownItems)
  function avoid(map, boxes, panes) {
    avoided = { view: viewKey(map), boxes: boxes.slice(), panes: panes || avoided.panes || [] };
    if (relabel) relabel(map);
  }

  // The items' symbols and labels on the map as it is now, in container pixels. The boxes
  // map.js reports hold for the view it placed its labels at; names placed at a view changed
  // since were placed against none, and a name could lie half under an item's label ("NORTH
  // ATLANTIC OCEAN" under "Athens +2" read "LANTIC OCEAN"). Read from the page, they hold
  // whichever of the two was placed last. And the map's controls (the legend, the zoom
  // buttons, the scale): a name under one was cut ("SOUTHERN OCEAN" read "SOUTHE" beside
  // the legend).
  function shownItems(map) {
    var frame = map.getContainer().getBoundingClientRect(), boxes = [];
    function add(el) {
      var r = el.getBoundingClientRect();
      if (!r.width || !r.height) return;
      boxes.push({ x0: r.left - frame.left, x1: r.right - frame.left,
                   y0: r.top - frame.top, y1: r.bottom - frame.top });
    }
    avoided.panes.forEach(function (name) {
      var pane = map.getPane(name);
      if (pane) Array.prototype.forEach.call(pane.children, add);
    });
    Array.prototype.forEach.call(map.getContainer().querySelectorAll(".leaflet-control"), add);
    return boxes;
  }

  function placeLabels(map, labels, layer) {
    var zoom = map.getZoom();
    var size = map.getSize();
    var placed = avoided.view === viewKey(map) ? avoided.boxes.slice() : [];
    placed = placed.concat(shownItems(map));
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
  // and borders). Here each vertex is projected once, when first drawn, to the fraction of the
  // world it lies at (EPSG:3857's projection and transformation, written out as Leaflet
  // computes them); a zoom's layer point is then round(scale * u) - origin, the very number
  // Leaflet's latLngToLayerPoint gives. The data, the rings and a drawing's points are kept in
  // typed arrays, not in an object per arc, ring or vertex: V8 then has little to collect
  // and less to keep. Leaflet's clipping and simplification are done on those arrays with
  // Leaflet's own arithmetic (see clipRing, clipLine, pointsOf), and only the points drawn
  // become Leaflet's points, drawn by Leaflet's renderers; so the pixels are the same. Drawing
  // only: these layers have no LatLngs to return or edit.

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

  var SEAM = 1, PROJECTED = 2; // an arc's flags: see decodeArcs

  // The world's window: the longitudes drawn are [seam, seam + 360). The world is drawn
  // from 180 W to 180 E (seam null) unless the map's items lie across the antimeridian (a
  // Pacific story: map.js chooses the seam where its items leave their widest gap); then
  // what lies west of the seam is drawn one world's width east (a ring across the seam
  // twice), so that the view centred on the Pacific shows its land, its names and its items.
  var seam = null, seamU = null;

  function wrapLng(lng) {
    return seam !== null && lng < seam ? lng + 360 : lng;
  }

  // 0: a ring drawn where it lies; 1: one world east; 2: both (it crosses the seam), from its
  // box of u (see projectU).
  function shiftOf(u0, u1) {
    if (seamU === null || u0 >= seamU) return 0;
    return u1 < seamU ? 1 : 2;
  }

  // The topology's arcs come packed (tools/basemap_arcs.py): the base64 of one stream of
  // LEB128 varints holding, for each arc, its number of points n, then its 2n numbers as
  // TopoJSON holds them (the first point quantized, then steps from the point before), every
  // number zigzag-encoded. They are read once, in one pass, into typed arrays, one of each for
  // all arcs (no object per arc or point); arc a's vertices are start[a] to start[a + 1] - 1:
  //   xy     its quantized points, [x0, y0, x1, y1, ...] (the steps summed: whole numbers only,
  //          which V8 reads and adds without making an object for each);
  //   ll     the vertices [lon0, lat0, lon1, lat1, ...] by topojson's own arithmetic (the
  //          quantized point scaled and translated), and
  //   uv     the same projected, [u0, v0, ...] (see projectU), both written when the arc is
  //          first drawn (see projected): two quantized points are the same vertex exactly
  //          when their numbers are the same;
  //   box    8 numbers an arc: the box of its uv, [u0, v0, u1, v1], and of its ll, [south,
  //          west, north, east], from its least and greatest quantized numbers (the scaling
  //          never reorders them);
  //   flags  SEAM when a vertex lies where a seam may run (see onSeam), so that a line
  //          without such an arc needs no cutting; PROJECTED once its ll and uv are written.
  function decodeArcs(topo, packed) {
    var bytes = atob(packed.packed), at = 0, count = packed.count;
    var xy = new Int32Array(2 * packed.points), start = new Int32Array(count + 1);
    var ext = new Int32Array(4 * count);
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
    for (var a = 0; a < count; a++) {
      var n = 2 * next(); // its numbers
      start[a] = k / 2;
      var x = 0, y = 0;
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var end = k + n; k < end; k += 2) {
        xy[k] = x += next();
        xy[k + 1] = y += next();
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      ext[4 * a] = x0;
      ext[4 * a + 1] = x1;
      ext[4 * a + 2] = y0;
      ext[4 * a + 3] = y1;
    }
    start[count] = k / 2;
    if (k !== xy.length || at !== bytes.length) {
      throw new Error("basemap: the packed arcs do not hold the arcs and points they say");
    }
    return decodedFrom(topo, count, xy, start, ext);
  }

  // The same arrays from the arcs decoded once beside the page (explorer/mapview/
  // basemap_arcs.py: a header [magic, version, count, points], then start, ext and xy as
  // 32-bit integers, then the borders' and coasts' lines as topojson's meshArcs stitches them):
  // views into the buffer, nothing parsed; with meshes: {borders, coast}, each a list of lines
  // of arc indexes. Null when the buffer is not one for these arcs (the page then decodes the
  // packed arcs and stitches the meshes itself: see arcs, prepare).
  var ARCS_MAGIC = 0x31524142, ARCS_VERSION = 1, ARCS_MESHES = ["borders", "coast"];

  function arcsFromBuffer(topo, packed, buffer) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < 16) return null;
    var head = new Int32Array(buffer, 0, 4), count = packed.count, points = packed.points;
    if (head[0] !== ARCS_MAGIC || head[1] !== ARCS_VERSION || head[2] !== count || head[3] !== points) {
      return null;
    }
    var numbers = new Int32Array(buffer, 16), at = 0;
    if (numbers.length < count + 1 + 4 * count + 2 * points) return null;
    var start = numbers.subarray(at, at += count + 1);
    var ext = numbers.subarray(at, at += 4 * count);
    var xy = numbers.subarray(at, at += 2 * points);
    var meshes = {};
    for (var m = 0; m < ARCS_MESHES.length; m++) {
      if (at >= numbers.length) return null;
      var lines = numbers[at], offsets = at + 1, from = at + 2 + lines;
      if (lines < 0 || from > numbers.length || from + numbers[from - 1] > numbers.length) return null;
      var mesh = new Array(lines);
      for (var j = 0; j < lines; j++) {
        var a = from + numbers[offsets + j], b = from + numbers[offsets + j + 1], line = new Array(b - a);
        for (var k = a; k < b; k++) line[k - a] = numbers[k];
        mesh[j] = line;
      }
      meshes[ARCS_MESHES[m]] = mesh;
      at = from + numbers[from - 1];
    }
    if (at !== numbers.length) return null;
    var made = decodedFrom(topo, count, xy, start, ext);
    made.meshes = meshes;
    return made;
  }

  // The decoded arcs from their quantized points (xy, start) and each arc's least and greatest
  // quantized x and y (ext: x0, x1, y0, y1 an arc): the boxes and flags made here.
  function decodedFrom(topo, count, xy, start, ext) {
    var t = topo.transform;
    var kx = t.scale[0], ky = t.scale[1], dx = t.translate[0], dy = t.translate[1];
    var ll = new Float64Array(xy.length), uv = new Float64Array(xy.length);
    var box = new Float64Array(8 * count), flags = new Uint8Array(count);
    for (var a = 0; a < count; a++) {
      var e = 4 * a;
      var south = ext[e + 2] * ky + dy, west = ext[e] * kx + dx;
      var north = ext[e + 3] * ky + dy, east = ext[e + 1] * kx + dx;
      // v falls as the latitude grows; no two of the arc's latitudes are near enough for
      // Math.sin's or Math.log's last bit to reorder them (a quantum is 1e-3 degrees)
      var b8 = 8 * a;
      box[b8] = projectU(west);
      box[b8 + 1] = projectV(north);
      box[b8 + 2] = projectU(east);
      box[b8 + 3] = projectV(south);
      box[b8 + 4] = south;
      box[b8 + 5] = west;
      box[b8 + 6] = north;
      box[b8 + 7] = east;
      if (west < -179.99 || east > 179.99 || south < -89.9) flags[a] = SEAM;
    }
    return {
      count: count, xy: xy, start: start, ll: ll, uv: uv, box: box, flags: flags,
      transform: t, objects: topo.objects,
    };
  }

  // What topojson's meshArcs reads of the arcs, as a topology: each arc's two ends (its steps
  // summed) and whether an arc of two points is empty, so an arc of three points or more is
  // given as [first point, the sum of its steps, no step], a shorter one whole. Made for the
  // meshes being stitched and dropped with them: nothing keeps it.
  function meshTopology(d) {
    var xy = d.xy, start = d.start, ends = new Array(d.count);
    for (var a = 0; a < d.count; a++) {
      var from = 2 * start[a], to = 2 * start[a + 1] - 2, first = [xy[from], xy[from + 1]];
      if (to === from) {
        ends[a] = [first];
      } else {
        var step = [xy[to] - xy[from], xy[to + 1] - xy[from + 1]];
        ends[a] = to === from + 2 ? [first, step] : [first, step, [0, 0]];
      }
    }
    return { type: "Topology", transform: d.transform, objects: d.objects, arcs: ends };
  }

  // Arc a's vertices into d.ll, and projected into d.uv, when first read: most arcs never
  // reach the first view (see FLAT's _clipPoints), and need no Math.sin or Math.log.
  function projected(d, a) {
    if (d.flags[a] & PROJECTED) return;
    var t = d.transform, kx = t.scale[0], ky = t.scale[1], dx = t.translate[0], dy = t.translate[1];
    var xy = d.xy, ll = d.ll, uv = d.uv;
    for (var k = 2 * d.start[a], end = 2 * d.start[a + 1]; k < end; k += 2) {
      ll[k] = xy[k] * kx + dx;
      ll[k + 1] = xy[k + 1] * ky + dy;
      uv[k] = projectU(ll[k]);
      uv[k + 1] = projectV(ll[k + 1]);
    }
    d.flags[a] |= PROJECTED;
  }

  // The vertices of a line or ring made of arcs (indexes, ~i for arc i reversed), as topojson's
  // object() joins them: each arc after the first starts where the last ended, and that shared
  // vertex is kept once; a line has at least 2 vertices, a ring at least 4. Returns {ll, uv}:
  // for one arc taken forwards with enough vertices, views of that arc's own, which nothing
  // writes to; else new arrays.
  function joinArcs(d, indexes, least) {
    var only = indexes[0], start = d.start;
    if (indexes.length === 1 && only >= 0 && start[only + 1] - start[only] >= least) {
      projected(d, only);
      return {
        ll: d.ll.subarray(2 * start[only], 2 * start[only + 1]),
        uv: d.uv.subarray(2 * start[only], 2 * start[only + 1]),
      };
    }
    var total = 0;
    indexes.forEach(function (i, j) {
      var a = i < 0 ? ~i : i;
      total += start[a + 1] - start[a] - (j ? 1 : 0);
    });
    var size = 2 * Math.max(total, least);
    var ll = new Float64Array(size), uv = new Float64Array(size);
    var at = 0;
    indexes.forEach(function (i, j) {
      var a = i < 0 ? ~i : i, n = start[a + 1] - start[a];
      projected(d, a);
      if (j) at -= 1;
      for (var k = 0; k < n; k++, at++) {
        var from = 2 * (start[a] + (i < 0 ? n - 1 - k : k));
        ll[2 * at] = d.ll[from];
        ll[2 * at + 1] = d.ll[from + 1];
        uv[2 * at] = d.uv[from];
        uv[2 * at + 1] = d.uv[from + 1];
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

  // Whether a polygon's ring, its vertices from..last, drops its last vertex: when it repeats
  // the first, as Leaflet's Polygon does (LatLng.equals); vertex i is ll[2i], ll[2i + 1].
  function repeatsFirst(ll, first, last) {
    var far = Math.max(
      Math.abs(ll[2 * first + 1] - ll[2 * last + 1]),
      Math.abs(ll[2 * first] - ll[2 * last])
    );
    return far <= 1e-9;
  }

  // The rings (or lines) of one layer, gathered for flatLayer: rings[r] is the indexes of the
  // arcs ring r is made of (~i for arc i reversed), read from them when it is drawn, or its own
  // projected vertices [u0, v0, ...] (a Float64Array); kept[r] how many of them it keeps; uvBox
  // four numbers a ring, the box of its vertices before the zoom's scale, [u0, v0, u1, v1]
  // (see FLAT's _project); llBox the box of all of them, [south, west, north, east].
  function ringSet() {
    return { rings: [], kept: [], uvBox: [], llBox: [Infinity, Infinity, -Infinity, -Infinity] };
  }

  function addRing(set, ring, kept, u0, v0, u1, v1, south, west, north, east) {
    set.rings.push(ring);
    set.kept.push(kept);
    set.uvBox.push(u0, v0, u1, v1);
    var box = set.llBox;
    if (south < box[0]) box[0] = south;
    if (west < box[1]) box[1] = west;
    if (north > box[2]) box[2] = north;
    if (east > box[3]) box[3] = east;
  }

  // A ring or line from its joined {ll, uv} (see joinArcs), added to set; a polygon's ring
  // drops its last vertex when it repeats the first.
  function flatRing(set, ring, closed) {
    var ll = ring.ll, uv = ring.uv, n = ll.length / 2;
    if (closed && n >= 2 && repeatsFirst(ll, 0, n - 1)) n -= 1;
    var south = Infinity, west = Infinity, north = -Infinity, east = -Infinity;
    var u0 = Infinity, v0 = Infinity, u1 = -Infinity, v1 = -Infinity;
    for (var i = 0; i < n; i++) {
      var lng = ll[2 * i], lat = ll[2 * i + 1], u = uv[2 * i], v = uv[2 * i + 1];
      if (lat < south) south = lat;
      if (lng < west) west = lng;
      if (lat > north) north = lat;
      if (lng > east) east = lng;
      if (u < u0) u0 = u;
      if (u > u1) u1 = u;
      if (v < v0) v0 = v;
      if (v > v1) v1 = v;
    }
    addRing(set, uv, n, u0, v0, u1, v1, south, west, north, east);
  }

  // A ring or line of arcs (indexes, ~i for arc i reversed) added to set as flatRing would add
  // joinArcs' vertices, without joining them: its box is its arcs' boxes joined, and its points
  // are read from its arcs when it is drawn (FLAT's _ringPoints), projected then (see
  // projected). Joined after all (flatRing(joinArcs(...))) when its arcs do not meet end to
  // end or it is too short (joinArcs pads it).
  function arcRing(set, d, indexes, least, closed) {
    var xy = d.xy, start = d.start, box = d.box;
    var total = 0, endAt = -1, meet = true;
    var u0 = Infinity, v0 = Infinity, u1 = -Infinity, v1 = -Infinity;
    var south = Infinity, west = Infinity, north = -Infinity, east = -Infinity;
    for (var j = 0; j < indexes.length; j++) {
      var i = indexes[j], a = i < 0 ? ~i : i, n = start[a + 1] - start[a];
      var first = i < 0 ? start[a + 1] - 1 : start[a];
      // joinArcs keeps a shared vertex once, the next arc's: the same only if they are equal
      if (j && (xy[2 * endAt] !== xy[2 * first] || xy[2 * endAt + 1] !== xy[2 * first + 1])) {
        meet = false;
      }
      endAt = i < 0 ? start[a] : start[a + 1] - 1;
      total += n - (j ? 1 : 0);
      var b = 8 * a;
      if (box[b] < u0) u0 = box[b];
      if (box[b + 1] < v0) v0 = box[b + 1];
      if (box[b + 2] > u1) u1 = box[b + 2];
      if (box[b + 3] > v1) v1 = box[b + 3];
      if (box[b + 4] < south) south = box[b + 4];
      if (box[b + 5] < west) west = box[b + 5];
      if (box[b + 6] > north) north = box[b + 6];
      if (box[b + 7] > east) east = box[b + 7];
    }
    if (!meet || total < least) return flatRing(set, joinArcs(d, indexes, least), closed);
    var kept = total;
    if (closed && total >= 2) {
      var head = indexes[0], h = head < 0 ? ~head : head;
      var at = head < 0 ? start[h + 1] - 1 : start[h];
      // the ring drops its last vertex when it repeats the first (see repeatsFirst): two
      // quantized points a step apart are 1e-3 degrees apart, so only when it is the first
      // again, already in both boxes
      if (xy[2 * endAt] === xy[2 * at] && xy[2 * endAt + 1] === xy[2 * at + 1]) kept -= 1;
    }
    addRing(set, indexes, kept, u0, v0, u1, v1, south, west, north, east);
  }

  // One layer of a ringSet's rings, as L.geoJSON makes for one geometry.
  function flatLayer(set, polygon, options, d) {
    var box = set.llBox;
    var bounds = box[0] <= box[2]
      ? L.latLngBounds([box[0], box[1]], [box[2], box[3]])
      : L.latLngBounds([]);
    return new (polygon ? FlatPolygon : FlatPolyline)(set, bounds, options, d);
  }

  // A layer per polygon geometry of a topology's GeometryCollection, styled by style(index):
  // what L.geoJSON(topojson.feature(topo, object)) draws. Other geometries are left out.
  function polygonLayers(d, object, options, style) {
    var layers = [];
    object.geometries.forEach(function (g, index) {
      var set = polygonRings(d, g);
      if (set) layers.push(flatLayer(set, true, L.extend({}, options, style(index)), d));
    });
    return L.featureGroup(layers, options.attribution ? { attribution: options.attribution } : {});
  }

  // The rings (see arcRing) of a polygon geometry's polygons, in order; null for another.
  function polygonRings(d, g) {
    var polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : null;
    if (!polygons) return null;
    var set = ringSet();
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring) { arcRing(set, d, ring, 4, true); });
    });
    return set;
  }

  // One layer of a mesh's lines (topojson.meshArcs' MultiLineString), seams left out unless
  // keepSeams: what L.geoJSON(topojson.mesh(...)) draws. Only a line with an arc where a seam
  // may run is joined, to be cut (see withoutSeams).
  function meshLayer(d, mesh, keepSeams, options) {
    var set = ringSet();
    mesh.arcs.forEach(function (arcs) {
      var cut = !keepSeams && arcs.some(function (i) { return d.flags[i < 0 ? ~i : i] & SEAM; });
      if (!cut) return arcRing(set, d, arcs, 2, false);
      withoutSeams([joinArcs(d, arcs, 2)]).forEach(function (line) { flatRing(set, line, false); });
    });
    return L.featureGroup([flatLayer(set, false, options, d)]);
  }

  // --- a drawing's points in typed arrays ---------------------------------------------------
  // Leaflet clips a layer's points to the view (Sutherland-Hodgman for a polygon's rings,
  // Cohen-Sutherland for a line's segments), then simplifies each part (points within the
  // tolerance of the last one kept dropped, then Douglas-Peucker), on L.Point objects: a point
  // per vertex, kept by the layer. Here the same steps run, in the same order and with the same
  // arithmetic (so the same numbers come out), on arrays reused from one ring to the next, and
  // only the points kept become L.Points. A point is x[i], y[i], with its bit code c[i] (where
  // it lies against the clip's box: 1 left, 2 right, 4 above, 8 below, as Leaflet's).

  function points(size) {
    return { x: new Float64Array(size), y: new Float64Array(size), c: new Uint8Array(size) };
  }

  function room(buf, n) { // buf's arrays hold n points at least (what they held is dropped)
    if (n <= buf.x.length) return;
    var size = buf.x.length;
    while (size < n) size *= 2;
    buf.x = new Float64Array(size);
    buf.y = new Float64Array(size);
    buf.c = new Uint8Array(size);
  }

  var RING = points(1024), SPARE = points(1024); // a ring's points, and a clipping pass's
  var KEEP = new Int32Array(1024), MARK = new Uint8Array(1024), PARTS = new Int32Array(64);

  // the clip's box, [x0, y0, x1, y1], set for each layer drawn: numbers in a typed array, which
  // V8 reads without making an object for each (an object's fractional field is one)
  var CLIP = new Float64Array(4);

  function bitCode(x, y) {
    var code = 0;
    if (x < CLIP[0]) code |= 1;
    else if (x > CLIP[2]) code |= 2;
    if (y < CLIP[1]) code |= 4;
    else if (y > CLIP[3]) code |= 8;
    return code;
  }

  // Where the segment from (ax, ay) to (bx, by) meets the clip's edge (the first of the code's
  // bits of 8, 4, 2, 1), rounded, into CUT[0], CUT[1]: Leaflet's _getEdgeIntersection.
  var CUT = new Float64Array(2);

  function cut(ax, ay, bx, by, edge) {
    var dx = bx - ax, dy = by - ay, x, y;
    if (edge & 8) {
      x = ax + dx * (CLIP[3] - ay) / dy;
      y = CLIP[3];
    } else if (edge & 4) {
      x = ax + dx * (CLIP[1] - ay) / dy;
      y = CLIP[1];
    } else if (edge & 2) {
      x = CLIP[2];
      y = ay + dy * (CLIP[2] - ax) / dx;
    } else {
      x = CLIP[0];
      y = ay + dy * (CLIP[0] - ax) / dx;
    }
    CUT[0] = Math.round(x);
    CUT[1] = Math.round(y);
  }

  // A polygon's ring, RING's first n points, clipped by each edge in turn (left, above, right,
  // below), as Leaflet's clipPolygon: returns how many points it keeps, left in RING.
  var EDGES = [1, 4, 2, 8];

  function clipRing(n) {
    var from = RING, to = SPARE;
    for (var i = 0; i < n; i++) from.c[i] = bitCode(from.x[i], from.y[i]);
    for (var e = 0; e < 4; e++) {
      n = clipEdge(from, to, n, EDGES[e]);
      var swap = from;
      from = to;
      to = swap;
    }
    RING = from; // after four passes, the arrays it started with
    SPARE = to;
    return n;
  }

  // One pass of clipRing: from's first n points clipped by one edge into to; how many.
  function clipEdge(from, to, n, edge) {
    room(to, 2 * n);
    var fx = from.x, fy = from.y, fc = from.c, tx = to.x, ty = to.y, tc = to.c, m = 0;
    for (var j = n - 1, k = 0; k < n; j = k++) { // j the point before k
      if (fc[k] & edge) {
        if (fc[j] & edge) continue;
        cut(fx[j], fy[j], fx[k], fy[k], edge); // the ring leaves the box
        tx[m] = CUT[0];
        ty[m] = CUT[1];
        tc[m++] = bitCode(CUT[0], CUT[1]);
      } else {
        if (fc[j] & edge) { // it enters the box
          cut(fx[j], fy[j], fx[k], fy[k], edge);
          tx[m] = CUT[0];
          ty[m] = CUT[1];
          tc[m++] = bitCode(CUT[0], CUT[1]);
        }
        tx[m] = fx[k];
        ty[m] = fy[k];
        tc[m++] = fc[k];
      }
    }
    return m;
  }

  // A line, RING's first n points, clipped segment by segment as Leaflet's Polyline does with
  // clipSegment: its parts into SPARE, part p from PARTS[p] to PARTS[p + 1] - 1. Returns how
  // many parts.
  function clipLine(n) {
    room(SPARE, 2 * n);
    if (PARTS.length < n + 1) PARTS = new Int32Array(2 * n + 1);
    var x = RING.x, y = RING.y, ox = SPARE.x, oy = SPARE.y;
    var m = 0, parts = 0, open = false, lastCode = 0;
    for (var j = 0; j < n - 1; j++) {
      var ax = x[j], ay = y[j], bx = x[j + 1], by = y[j + 1];
      var codeA = j ? lastCode : bitCode(ax, ay), codeB = bitCode(bx, by), moved = false;
      lastCode = codeB;
      while ((codeA | codeB) && !(codeA & codeB)) {
        var edge = codeA || codeB;
        cut(ax, ay, bx, by, edge);
        if (edge === codeA) {
          ax = CUT[0];
          ay = CUT[1];
          codeA = bitCode(ax, ay);
        } else {
          bx = CUT[0];
          by = CUT[1];
          codeB = bitCode(bx, by);
          moved = true;
        }
      }
      if (codeA & codeB) continue; // wholly beyond one edge
      if (!open) {
        PARTS[parts++] = m;
        open = true;
      }
      ox[m] = ax;
      oy[m++] = ay;
      if (moved || j === n - 2) { // the line leaves the box, or ends: the part ends
        ox[m] = bx;
        oy[m++] = by;
        open = false;
      }
    }
    PARTS[parts] = m;
    return parts;
  }

  // The squared distance from (px, py) to the segment from (ax, ay) to (bx, by), as Leaflet's
  // _sqClosestPointOnSegment computes it.
  function sqToSegment(px, py, ax, ay, bx, by) {
    var x = ax, y = ay, dx = bx - x, dy = by - y, dot = dx * dx + dy * dy;
    if (dot > 0) {
      var t = ((px - x) * dx + (py - y) * dy) / dot;
      if (t > 1) {
        x = bx;
        y = by;
      } else if (t > 0) {
        x += dx * t;
        y += dy * t;
      }
    }
    dx = px - x;
    dy = py - y;
    return dx * dx + dy * dy;
  }

  // Douglas-Peucker over the points KEEP[first..last] of buf: marks those it keeps (Leaflet's
  // _simplifyDPStep).
  function markFarthest(buf, sqTolerance, first, last) {
    var x = buf.x, y = buf.y, maxSq = 0, index = 0;
    var ax = x[KEEP[first]], ay = y[KEEP[first]], bx = x[KEEP[last]], by = y[KEEP[last]];
    for (var i = first + 1; i <= last - 1; i++) {
      var sq = sqToSegment(x[KEEP[i]], y[KEEP[i]], ax, ay, bx, by);
      if (sq > maxSq) {
        index = i;
        maxSq = sq;
      }
    }
    if (maxSq > sqTolerance) {
      MARK[index] = 1;
      markFarthest(buf, sqTolerance, first, index);
      markFarthest(buf, sqTolerance, index, last);
    }
  }

  // The points buf holds from `from` to `to` - 1 as Leaflet's simplify leaves them (tolerance:
  // the layer's smoothFactor, in pixels), made into L.Points; a polygon's keep their bit code as
  // _code, as clipPolygon leaves it on Leaflet's.
  function pointsOf(buf, from, to, tolerance, codes) {
    var out = [], n = to - from, i;
    if (!tolerance || !n) {
      for (i = from; i < to; i++) out.push(point(buf, i, codes));
      return out;
    }
    var sqTolerance = tolerance * tolerance, kept = 1, last = from;
    if (KEEP.length < n) {
      KEEP = new Int32Array(2 * n);
      MARK = new Uint8Array(2 * n);
    }
    KEEP[0] = from; // each point further than the tolerance from the last one kept
    for (i = from + 1; i < to; i++) {
      var dx = buf.x[last] - buf.x[i], dy = buf.y[last] - buf.y[i];
      if (dx * dx + dy * dy > sqTolerance) {
        KEEP[kept++] = i;
        last = i;
      }
    }
    if (last < to - 1) KEEP[kept++] = to - 1;
    MARK.fill(0, 0, kept);
    MARK[0] = MARK[kept - 1] = 1;
    markFarthest(buf, sqTolerance, 0, kept - 1);
    for (i = 0; i < kept; i++) if (MARK[i]) out.push(point(buf, KEEP[i], codes));
    return out;
  }

  function point(buf, i, codes) {
    var p = new L.Point(buf.x[i], buf.y[i]);
    if (codes) p._code = buf.c[i];
    return p;
  }

  // The box, in layer points, beyond which an arc of a clipped ring gives only its ends
  // (_ringPoints): the clip's box widened by 2 points at least (see _clipPoints), set with it.
  // Leaflet's clipping (Sutherland-Hodgman for a ring, each segment alone for a line) keeps
  // nothing of a run of vertices all beyond one edge of its box but what the segments into
  // and out of the run give (a polygon's other passes add points to such a run only beyond
  // that edge, by more than their rounding, which the edge's own pass drops), and the chord
  // from the run's first vertex to its last is beyond that edge too: so an arc wholly beyond
  // one edge, taken as its first and last vertex, changes no point the clipping keeps, and
  // its other vertices are neither projected nor visited.
  var BEYOND = new Float64Array(4);

  // Whether arc a's vertices all lie beyond one edge of BEYOND at this zoom (from its box:
  // see decodedFrom; round(scale * u) - origin never decreases as u grows).
  function beyond(d, a, scale, ox, oy) {
    var box = d.box, b = 8 * a;
    return Math.round(scale * box[b + 2]) - ox < BEYOND[0] ||
      Math.round(scale * box[b]) - ox > BEYOND[2] ||
      Math.round(scale * box[b + 3]) - oy < BEYOND[1] ||
      Math.round(scale * box[b + 1]) - oy > BEYOND[3];
  }

  // Vertex i's projected [u, v] into END: d.uv's when its arc a is projected, else computed
  // as projected computes it (its arc left unprojected).
  var END = new Float64Array(2);

  function endAt(d, a, i) {
    if (d.flags[a] & PROJECTED) {
      END[0] = d.uv[2 * i];
      END[1] = d.uv[2 * i + 1];
      return;
    }
    var t = d.transform;
    END[0] = projectU(d.xy[2 * i] * t.scale[0] + t.translate[0]);
    END[1] = projectV(d.xy[2 * i + 1] * t.scale[1] + t.translate[1]);
  }

  var FLAT = {
    initialize: function (set, bounds, options, d) { // set: see ringSet; d: the decoded arcs
      L.setOptions(this, options);
      this._flat = set.rings;
      this._kept = Int32Array.from(set.kept);
      this._uvBoxes = Float64Array.from(set.uvBox);
      this._arcs = d;
      this._bounds = bounds;
      this._latlngs = [];
      this._rings = []; // Leaflet's points of each ring: none are kept (see _clipPoints)
    },

    // Each ring's box of layer points at this zoom (four numbers a ring in _boxes), from the
    // box of its vertices before the scale: round(scale * u) - origin never decreases as u
    // grows, so the box's corners give the least and the greatest of its vertices' points, no
    // vertex visited. Their points are made when drawn (see _clipPoints); most of the world
    // never is.
    _project: function () {
      var map = this._map;
      if (map.options.crs !== L.CRS.EPSG3857) throw new Error("basemap: needs EPSG:3857");
      var scale = map.options.crs.scale(map.getZoom());
      var origin = map.getPixelOrigin();
      var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      var uv = this._uvBoxes, boxes = this._boxes || (this._boxes = new Float64Array(uv.length));
      var shifts = this._shifts || (this._shifts = new Uint8Array(uv.length / 4));
      this._scale = scale;
      this._originX = origin.x;
      this._originY = origin.y;
      for (var b = 0; b < uv.length; b += 4) {
        var shift = shifts[b / 4] = shiftOf(uv[b], uv[b + 2]);
        var x0 = Math.round(scale * uv[b]) - origin.x, y0 = Math.round(scale * uv[b + 1]) - origin.y;
        var x1 = Math.round(scale * uv[b + 2]) - origin.x, y1 = Math.round(scale * uv[b + 3]) - origin.y;
        boxes[b] = x0;
        boxes[b + 1] = y0;
        boxes[b + 2] = x1;
        boxes[b + 3] = y1;
        // the box where the ring lies; one drawn one world east (see _clipPoints) adds its own
        if (x0 + (shift === 1 ? scale : 0) < minX) minX = x0 + (shift === 1 ? scale : 0);
        if (x1 + (shift ? scale : 0) > maxX) maxX = x1 + (shift ? scale : 0);
        if (y0 < minY) minY = y0;
        if (y1 > maxY) maxY = y1;
      }
      if (this._bounds.isValid() && minX <= maxX) {
        this._rawPxBounds = L.bounds(L.point(minX, minY), L.point(maxX, maxY));
        this._updateBounds();
      }
    },

    // Leaflet's _clipPoints and _simplifyPoints, on the rings that reach the view: a ring
    // wholly beyond one edge of it (by more than the stroke Leaflet widens a polygon's clip by,
    // and a pixel for its rounding) gives Leaflet's clipping nothing, so leaving it out changes
    // no part. Each ring's points are made into RING, clipped and simplified there (see
    // clipRing, clipLine, pointsOf); _parts gets the points drawn.
    _clipPoints: function () {
      var polygon = this instanceof L.Polygon, bounds = this._renderer._bounds;
      var view = bounds, margin = (this.options.weight || 0) + 2;
      if (polygon) { // a polygon's clip widened by its stroke, as Leaflet's
        var w = new L.Point(this.options.weight, this.options.weight);
        bounds = new L.Bounds(bounds.min.subtract(w), bounds.max.add(w));
      }
      this._parts = [];
      if (!this._pxBounds || !this._pxBounds.intersects(bounds)) return;
      var noClip = this.options.noClip, tolerance = this.options.smoothFactor;
      var left = view.min.x - margin, right = view.max.x + margin;
      var top = view.min.y - margin, bottom = view.max.y + margin, boxes = this._boxes;
      CLIP[0] = bounds.min.x;
      CLIP[1] = bounds.min.y;
      CLIP[2] = bounds.max.x;
      CLIP[3] = bounds.max.y;
      BEYOND[0] = left;
      BEYOND[1] = top;
      BEYOND[2] = right;
      BEYOND[3] = bottom;
      var ox = this._originX, scale = this._scale, shifts = this._shifts;
      for (var r = 0, k = 0; r < this._flat.length; k < (shifts[r] ? 1 : 0) ? k++ : (r++, k = 0)) {
        // k: where the ring is drawn, 0 where it lies, 1 one world east (see shiftOf): a ring
        // west of the seam at 1 alone, one across it at both
        if (shifts[r] === 1 && k === 0) continue;
        var b = 4 * r, dx = k * scale, x0 = boxes[b] + dx, x1 = boxes[b + 2] + dx;
        this._originX = ox - dx;
        if (!noClip && (x1 < left || x0 > right || boxes[b + 3] < top || boxes[b + 1] > bottom)) {
          continue;
        }
        var n = this._ringPoints(r, !noClip);
        // a ring within the clip's box (its box is its points', see _project) is its own
        // clipping: every point inside (bit code 0), each pass keeping them all, in order, and a
        // line of two points or more is one part of them all
        var within = x0 >= CLIP[0] && boxes[b + 1] >= CLIP[1] && x1 <= CLIP[2] &&
          boxes[b + 3] <= CLIP[3];
        if (noClip || (within && !polygon && n >= 2)) {
          this._parts.push(pointsOf(RING, 0, n, tolerance, false));
        } else if (polygon) {
          if (within) RING.c.fill(0, 0, n);
          else n = clipRing(n);
          if (n) this._parts.push(pointsOf(RING, 0, n, tolerance, true));
        } else {
          for (var p = 0, parts = clipLine(n); p < parts; p++) {
            this._parts.push(pointsOf(SPARE, PARTS[p], PARTS[p + 1], tolerance, false));
          }
        }
      }
      this._originX = ox;
    },

    // Its box where it is drawn: one world east when it lies west of the seam (a ring across
    // the seam is drawn at both places; its box is where it lies).
    getBounds: function () {
      var b = this._bounds;
      if (seam === null || !b.isValid() || b.getEast() >= seam) return b;
      return L.latLngBounds([b.getSouth(), b.getWest() + 360], [b.getNorth(), b.getEast() + 360]);
    },

    _simplifyPoints: function () {}, // done with the clipping

    // Ring r's layer points at this zoom into RING: round(scale * u) - origin, as
    // latLngToLayerPoint; for a ring of several arcs, read from each in its direction, a
    // shared vertex once (the next arc's, as joinArcs keeps it), its first kept vertices. A
    // point on the same pixel as the one before is left out, but for the last: Leaflet's
    // clipping keeps such a point or drops it with the one before, and its simplification
    // (smoothFactor 1 or more) then drops it whatever its place, but for a part's last point,
    // which it always keeps; so the parts drawn are the same, and at the world's zoom a ring is
    // a few points, not its vertices. When the ring is clipped (clip), an arc wholly beyond
    // one edge of BEYOND gives only its ends (see beyond). Returns how many points.
    _ringPoints: function (r, clip) {
      var scale = this._scale, ox = this._originX, oy = this._originY;
      var flat = this._flat[r], n = this._kept[r];
      room(RING, n);
      var X = RING.x, Y = RING.y, m = 0, lastX = NaN, lastY = NaN, x, y;
      var keepAll = !(this.options.smoothFactor > 0); // no simplification: every point kept
      if (!Array.isArray(flat)) { // its own vertices
        for (var i = 0; i < n; i++) {
          x = Math.round(scale * flat[2 * i]) - ox;
          y = Math.round(scale * flat[2 * i + 1]) - oy;
          if (x === lastX && y === lastY && i < n - 1 && !keepAll) continue;
          X[m] = lastX = x;
          Y[m++] = lastY = y;
        }
        return m;
      }
      var d = this._arcs, uv = d.uv, start = d.start, left = n;
      for (var j = 0; j < flat.length && left > 0; j++) {
        var a = flat[j], back = a < 0;
        if (back) a = ~a;
        var from = start[a], count = start[a + 1] - from;
        var take = j === flat.length - 1 ? count : count - 1;
        if (clip && take > 2 && beyond(d, a, scale, ox, oy)) {
          // its first vertex as the ring takes it, and the ring's last when it ends here
          var t = take < left ? take : left;
          for (var e = 0; e < 2; e++) {
            var kth = e ? t - 1 : 0;
            if (e && (t < left || kth === 0)) break;
            endAt(d, a, from + (back ? count - 1 - kth : kth));
            x = Math.round(scale * END[0]) - ox;
            y = Math.round(scale * END[1]) - oy;
            if (x === lastX && y === lastY && e === 0 && left > 1 && !keepAll) continue;
            X[m] = lastX = x;
            Y[m++] = lastY = y;
          }
          left -= t;
          continue;
        }
        projected(d, a);
        for (var k = 0; k < take && left > 0; k++, left--) {
          var at = 2 * (from + (back ? count - 1 - k : k));
          x = Math.round(scale * uv[at]) - ox;
          y = Math.round(scale * uv[at + 1]) - oy;
          if (x === lastX && y === lastY && left > 1 && !keepAll) continue;
          X[m] = lastX = x;
          Y[m++] = lastY = y;
        }
      }
      return m;
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

  // The arcs decoded once beside the page, read as an ArrayBuffer (see load): null until
  // asked for, then loading, then the buffer, or false when it could not be read.
  var arcsBuffer = null, loading = false, whenRead = [];

  // Read the arcs' binary form from url (a file beside the page, made by the app once per
  // data file); fn's queued by whenLoaded run once it is read or has failed. Without it, or
  // when it does not match the data, the arcs are decoded from the data's packed string.
  function load(url) {
    if (!url || loading || arcsBuffer !== null) return;
    loading = true;
    function done(buffer) {
      loading = false;
      arcsBuffer = buffer || false;
      whenRead.splice(0).forEach(function (fn) { fn(); });
    }
    try {
      var xhr = new XMLHttpRequest();
      xhr.open("GET", url, true);
      xhr.responseType = "arraybuffer";
      xhr.onload = function () { done(xhr.response); };
      xhr.onerror = xhr.onabort = function () { done(null); };
      xhr.send();
    } catch (err) {
      done(null);
    }
  }

  // fn, once the arcs' binary form asked for by load is read (or has failed), or after
  // waitMs (if given) if it is not read by then; at once (on the next turn) when none was
  // asked for. Each fn is called once.
  function whenLoaded(fn, waitMs) {
    if (!loading) return setTimeout(fn, 0);
    var called = false;
    function once() {
      if (called) return;
      called = true;
      fn();
    }
    whenRead.push(once);
    if (waitMs !== undefined) setTimeout(once, waitMs);
  }

  // Whether the arcs' binary form is being read (see load).
  function reading() {
    return loading;
  }

  // The page names the arcs' file in its head (explorer/mapview/page.py): read from now on,
  // while the scripts after this one are evaluated and the map is made.
  var named = document.querySelector('meta[name="explorer-basemap-arcs"]');
  if (named && named.content) load(named.content);

  // The arcs read from the data, once: from their binary form when it was read and matches
  // the data, else decoded from the packed string (see decodeArcs).
  function arcs() {
    if (decodedArcs === null) {
      var d = data();
      if (arcsBuffer) decodedArcs = arcsFromBuffer(d.topology, d.arcs, arcsBuffer);
      if (decodedArcs === null) decodedArcs = decodeArcs(d.topology, d.arcs);
    }
    return decodedArcs;
  }

  // Whether the arcs were read from their binary form (for tests; null before they are read).
  function arcsSource() {
    if (decodedArcs === null) return null;
    return decodedArcs.xy.buffer === arcsBuffer ? "binary" : "packed";
  }

  var wholeTopology = null;

  // Arc a as the topology's own list: its first quantized point, then each step from the one
  // before (what topojson's functions read).
  function topoArc(a) {
    var xy = arcs().xy, start = arcs().start;
    var from = 2 * start[a], arc = [[xy[from], xy[from + 1]]];
    for (var k = from + 2; k < 2 * start[a + 1]; k += 2) arc.push([xy[k] - xy[k - 2], xy[k + 1] - xy[k - 1]]);
    return arc;
  }

  // The data as a TopoJSON topology, its arcs as arrays of [x, y] (made once, when asked: the
  // page draws from the packed arcs).
  function topology() {
    if (wholeTopology === null) {
      var topo = data().topology, list = new Array(arcs().start.length - 1);
      for (var a = 0; a < list.length; a++) list[a] = topoArc(a);
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

  // Country geometry index's feature, as countries() has it: taken from there once that is
  // decoded, else decoded alone by topojson from a topology holding only its own arcs (the
  // same lists, at the same indexes), so the same numbers come out. The first view's fit reads
  // the outline of a country across the antimeridian (Russia, the United States, Fiji):
  // decoding every country and turning every arc into lists for it took 10-20 ms.
  function countryFeature(index) {
    if (decodedCountries !== null) return decodedCountries.features[index];
    var topo = data().topology, g = topo.objects.countries.geometries[index], list = [];
    (g.type === "Polygon" ? [g.arcs] : g.arcs).forEach(function (polygon) {
      polygon.forEach(function (ring) {
        ring.forEach(function (i) {
          var a = i < 0 ? ~i : i;
          if (!list[a]) list[a] = topoArc(a);
        });
      });
    });
    return topojson.feature({ type: "Topology", transform: topo.transform, objects: {}, arcs: list }, g);
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
    var rings = index === undefined ? null : polygonRings(arcs(), geometries[index]);
    if (!rings) return null;
    var layer = flatLayer(rings, true, options || {}, arcs()), leaflet = null;
    layer.toGeoJSON = function (precision) { // Leaflet's own layer of it, made once when asked
      if (leaflet === null) leaflet = L.GeoJSON.geometryToLayer(countryFeature(index));
      return leaflet.toGeoJSON(precision);
    };
    return layer;
  }

  var labelLngs = null;

  // The longitude of a country's name on the basemap (its largest part's: Russia's
  // mainland, not its box's middle across the antimeridian), or null: where the country
  // lies for a choice of the world's window (map.js, seamOf). Read from the data's labels,
  // no arc decoded.
  function labelLng(code) {
    if (labelLngs === null) {
      labelLngs = {};
      data().labels.countries.forEach(function (c) { if (c.code) labelLngs[c.code] = c.lon; });
    }
    return Object.prototype.hasOwnProperty.call(labelLngs, code) ? labelLngs[code] : null;
  }

  // One layer of the lines of a mesh of object (filter: topojson's), stitched by topojson's
  // meshArcs from a topology made for it (see meshTopology) and dropped after.
  function meshLines(ends, object, filter, keepSeams, options) {
    var mesh = filter ? topojson.meshArcs(ends, object, filter) : topojson.meshArcs(ends, object);
    return meshLayer(arcs(), mesh, keepSeams, options);
  }

  // Decode the data and make the layers (no drawing): the page may do this while it waits
  // for the view it will first show.
  function prepare() {
    if (prepared) return prepared;
    var objects = data().topology.objects;
    var decoded = arcs(), stitched = decoded.meshes || null;
    var ends = stitched ? null : meshTopology(decoded);
    // the countries' borders and coasts: stitched beside the page when read from there
    function mesh(name, filter, options) {
      if (stitched) return meshLayer(decoded, { arcs: stitched[name] }, false, options);
      return meshLines(ends, objects.countries, filter, false, options);
    }
    // The renderer is made with the layers; its pane is created when it is added to a map.
    var renderer = L.canvas({ pane: PANE, padding: PADDING });
    var common = { pane: PANE, renderer: renderer, interactive: false };
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
      borders: mesh("borders", function (a, b) { return a !== b; },
        L.extend({}, common, { color: STYLE.border, weight: 0.9, opacity: 1, lineJoin: "round" })),
      coast: mesh("coast", function (a, b) { return a === b; },
        L.extend({}, common, { color: STYLE.coast, weight: 0.8, opacity: 1, lineJoin: "round" })),
    };
    prepared = { layers: layers, labels: buildLabels(data()), renderer: renderer, common: common };
    return prepared;
  }

  // The first-level boundaries, decoded and made the first time the map is zoomed in enough
  // to show them: a start-up at a wider view never needs them. Null when the data has none.
  function admin1Layer() {
    var made = prepare();
    var admin1 = data().topology.objects.admin1;
    if (!made.layers.admin1 && admin1) {
      made.layers.admin1 = meshLines(meshTopology(arcs()), admin1, null, true,
        L.extend({}, made.common, { color: STYLE.admin1, weight: 0.6, opacity: 1 }));
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
    framePending = function () { return pending; };
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
        framePending = null;
        relabel = null;
        Object.keys(layers).forEach(function (name) {
          if (layers[name]) map.removeLayer(layers[name]);
        });
        map.removeLayer(labelLayer);
      },
    };
  }

  // The world's window from lng (see seam), or from 180 W (null): the names placed in it and
  // the basemap drawn again when it is on a map. The items' outlines (outline()) follow it
  // when next drawn.
  function setSeam(lng) {
    if (lng === seam) return;
    seam = lng === null || lng === undefined ? null : lng;
    seamU = seam === null ? null : projectU(seam);
    if (!prepared) return;
    prepared.labels.forEach(function (label) {
      label.latlng = L.latLng(label.latlng.lat, wrapLng(label.lon));
      label.marker.setLatLng(label.latlng);
    });
    if (prepared.renderer._map) prepared.renderer._reset();
    if (relabel && prepared.renderer._map) relabel(prepared.renderer._map);
  }

  // Whether the labels and admin-1 lines wait for the next frame (a change of view): the
  // picture is not yet the one the map will rest at.
  var framePending = null;
  function pending() {
    return Boolean(framePending && framePending());
  }

  window.explorerBasemap = {
    addTo: addTo, pending: pending, prepare: prepare, countries: countries, outline: outline, topology: topology,
    avoid: avoid, style: STYLE, load: load, whenLoaded: whenLoaded, reading: reading,
    arcsSource: arcsSource, setSeam: setSeam, wrapLng: wrapLng, labelLng: labelLng,
  };
})();
