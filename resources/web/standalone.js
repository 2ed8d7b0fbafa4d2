/*
 * The standalone HTML map (explorer export -f html): the window's own map page, with this
 * script in place of Qt's qwebchannel.js. It plays the part of the Python side of the bridge:
 * when map.js says it is ready, it sends the messages the window would send (colours, the
 * items), and a click on an item selects it and shows its excerpts in the side panel.
 *
 * Data comes from window.EXPLORER_STANDALONE, written by explorer.export.htmlmap:
 *   {"title", "summary", "messages": [bridge commands], "items": [{id, name, kind, kindLabel,
 *    type, date, country, conflict, side, review, outlets, located, evidence: [{text, doc,
 *    outlet, title, published, start, end}]}], "credits", "exported"}
 * Everything the panel shows is set as text (textContent), never parsed as HTML.
 */
(function () {
  "use strict";

  var listeners = [];
  var byId = {};
  var state = { selected: null, rows: {} };

  function data() {
    return window.EXPLORER_STANDALONE || { messages: [], items: [] };
  }

  function send(message) {
    var text = JSON.stringify(message);
    listeners.forEach(function (listener) { listener(text); });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function select(id, fly) {
    var item = byId[id];
    if (!item) return;
    if (state.selected && state.rows[state.selected]) {
      state.rows[state.selected].classList.remove("sa-row-selected");
    }
    state.selected = id;
    if (state.rows[id]) {
      state.rows[id].classList.add("sa-row-selected");
      state.rows[id].scrollIntoView({ block: "nearest" });
    }
    if (item.located) send({ cmd: "select", id: id, fly: !!fly });
    showItem(item);
  }

  function showItem(item) {
    var box = document.getElementById("sa-detail");
    box.textContent = "";
    box.appendChild(el("h2", "sa-name", item.name));
    var facts = [item.kindLabel, item.type, item.date, item.where].filter(Boolean);
    box.appendChild(el("div", "sa-facts", facts.join(" · ")));
    if (!item.located) box.appendChild(el("div", "sa-note", "No place: not on the map."));
    if (item.actors && item.actors.length) box.appendChild(el("div", "sa-facts", "Actors: " + item.actors.join(", ")));
    if (item.targets && item.targets.length) box.appendChild(el("div", "sa-facts", "Targets: " + item.targets.join(", ")));
    if (item.conflict) box.appendChild(el("div", "sa-facts", "Conflict: " + item.conflict));
    if (item.side) box.appendChild(el("div", "sa-facts", "Side: " + item.side));
    if (item.review && item.review !== "unreviewed") {
      box.appendChild(el("div", "sa-facts", "Review: " + item.review + " by an analyst"));
    }
    var n = item.evidence.length;
    box.appendChild(el("h3", "", n + (n === 1 ? " excerpt" : " excerpts")));
    item.evidence.forEach(function (e) {
      var quote = el("blockquote", "sa-excerpt", "“" + e.text + "”");
      box.appendChild(quote);
      var cited = [e.outlet, e.published, e.title].filter(Boolean).join(" · ");
      box.appendChild(el("div", "sa-source", (cited ? cited + " — " : "") + e.doc +
        ", characters " + e.at[0] + "–" + e.at[1]));
    });
  }

  function buildPanel() {
    var d = data();
    var panel = document.getElementById("sa-panel");
    if (!panel) return;
    panel.appendChild(el("h1", "sa-title", d.title));
    panel.appendChild(el("div", "sa-summary", d.summary));
    var search = el("input", "sa-search");
    search.type = "search";
    search.placeholder = "Find items…";
    panel.appendChild(search);
    var list = el("div", "sa-list");
    panel.appendChild(list);
    panel.appendChild(el("div", "sa-detail")).id = "sa-detail";
    var footer = el("div", "sa-credits", d.credits + " · Exported " + d.exported);
    panel.appendChild(footer);
    d.items.forEach(function (item) {
      byId[item.id] = item;
      var row = el("div", "sa-row" + (item.located ? "" : " sa-unlocated"));
      row.appendChild(el("span", "sa-kind sa-kind-" + item.kind, item.kindLabel));
      row.appendChild(el("span", "sa-row-name", item.name));
      if (item.date) row.appendChild(el("span", "sa-row-date", item.date));
      row.tabIndex = 0;
      row.addEventListener("click", function () { select(item.id, true); });
      row.addEventListener("keydown", function (e) { if (e.key === "Enter") select(item.id, true); });
      row.dataset.search = [item.name, item.type, item.conflict, item.side, (item.outlets || []).join(" "),
        item.evidence.map(function (e) { return e.text; }).join(" ")].join(" ").toLowerCase();
      state.rows[item.id] = row;
      list.appendChild(row);
    });
    search.addEventListener("input", function () {
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      Object.keys(state.rows).forEach(function (id) {
        var row = state.rows[id];
        row.style.display = words.every(function (w) { return row.dataset.search.indexOf(w) >= 0; }) ? "" : "none";
      });
    });
  }

  var bridge = {
    command: { connect: function (listener) { listeners.push(listener); } },
    post: function (text) {
      var message = JSON.parse(text);
      if (message.event === "ready") {
        data().messages.forEach(send);
        send({ cmd: "start" });
      } else if (message.event === "click") {
        select(message.id, false);
      } else if (message.event === "error") {
        console.error(message.message);
      }
    },
  };

  window.qt = { webChannelTransport: {} };
  window.QWebChannel = function (transport, ready) {
    setTimeout(function () { ready({ objects: { bridge: bridge } }); }, 0);
  };
  window.explorerStandalone = { select: select, selected: function () { return state.selected; } };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", buildPanel);
  else buildPanel();
})();
