/*
 * Helpers for map snapshots (explorer.mapview.snapshot), run in the map page by Qt's
 * runJavaScript: read the view the analyst has, and put another page at that view. (The
 * map's controls are hidden by map.js's "controls" command: the snapshot draws its own
 * legend, scale bar and credits around the picture.)
 *
 * Defined once per page; every function returns plain JSON-able data.
 */
(function () {
  "use strict";
  if (window.explorerSnapshot) return;

  function theMap() {
    // folium declares the map as a global "map_<hash>". Only a global of that name is read:
    // the window's own attributes are among its keys too, and reading some of them starts
    // what they stand for (the page's storage, its caches), work a snapshot has no use for.
    var names = Object.keys(window);
    for (var i = 0; i < names.length; i++) {
      if (names[i].indexOf("map_") !== 0) continue;
      var value = window[names[i]];
      if (value && window.L && value instanceof L.Map) return value;
    }
    return null;
  }

  function view() {
    var map = theMap();
    if (!map) return null;
    var b = map.getBounds();
    var c = map.getCenter();
    var size = map.getSize();
    return {
      bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      center: [c.lat, c.lng],
      zoom: map.getZoom(),
      size: [size.x, size.y],
    };
  }

  function setView(lat, lng, zoom) {
    var map = theMap();
    if (!map) return null;
    map.setView([lat, lng], zoom, { animate: false });
    return view();
  }

  window.explorerSnapshot = { view: view, setView: setView };
})();
