// The iqgraph network view. Every text from a release reaches the page through textContent, innerText
// or a canvas label, never as markup; links are followed only when they are http(s).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("iqgraph-data").textContent);
  var T = data.text.ui, german = data.text.lang === "de";
  var allNodes = new vis.DataSet(data.nodes);
  var allEdges = new vis.DataSet(data.edges);
  var state = {
    types: new Set(data.types.map(function (t) { return t.name; })),
    relations: new Set(data.relations.map(function (r) { return r.name; })),
    from: null,
    to: null,
    details: false,          // people, events and places shown everywhere, not only where expanded
    hideUntied: true,        // a node whose ties are all filtered out leaves the picture
    expanded: new Set(),     // nodes whose people/events are shown
    revealed: new Set()      // details found by search
  };
  if (data.focus !== null && data.focus !== undefined) state.expanded.add(data.focus);
  var shown = new Set();

  // Each node's ties, to unfold its details and to tell which nodes are left without any.
  var ties = {};
  data.edges.forEach(function (e) {
    (ties[e.from] = ties[e.from] || []).push(e);
    (ties[e.to] = ties[e.to] || []).push(e);
  });
  function other(e, id) { return e.from === id ? e.to : e.from; }
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function detailsOf(id) {
    return (ties[id] || []).map(function (e) { return other(e, id); })
      .filter(function (o, i, all) { return byId[o].detail && all.indexOf(o) === i; });
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, k) { return String(values[k]); });
  }

  // The same rule as iqgraph.network._in_window: a missing first or last day is open.
  function inWindow(item) {
    if (state.to && item.first && item.first > state.to) return false;
    if (state.from && item.last && item.last < state.from) return false;
    return true;
  }
  function allowed(n) { return state.types.has(n.type) && inWindow(n); }
  function edgeAllowed(e) { return state.relations.has(e.relation) && inWindow(e); }

  var nodesView = new vis.DataView(allNodes, { filter: function (n) { return shown.has(n.id); } });
  var edgesView = new vis.DataView(allEdges, {
    filter: function (e) { return edgeAllowed(e) && shown.has(e.from) && shown.has(e.to); }
  });

  function unfolded() {
    var open = new Set(state.revealed);
    state.expanded.forEach(function (id) { detailsOf(id).forEach(function (d) { open.add(d); }); });
    return open;
  }
  function computeShown() {
    var open = unfolded();
    var base = new Set(data.nodes.filter(function (n) {
      return allowed(n) && (!n.detail || state.details || open.has(n.id) || state.expanded.has(n.id));
    }).map(function (n) { return n.id; }));
    if (!state.hideUntied) return base;
    var tied = new Set();
    data.edges.forEach(function (e) {
      if (edgeAllowed(e) && base.has(e.from) && base.has(e.to) && e.from !== e.to) {
        tied.add(e.from);
        tied.add(e.to);
      }
    });
    return new Set(Array.from(base).filter(function (id) {
      return tied.has(id) || state.expanded.has(id) || state.revealed.has(id);
    }));
  }

  var network = null, fitPending = false;
  function refilter() {
    shown = computeShown();
    nodesView.refresh();
    edgesView.refresh();
    text(document.getElementById("counts"), fill(T.counts, {
      nodes: nodesView.length, allNodes: allNodes.length, edges: edgesView.length, allEdges: allEdges.length
    }));
    if (network) fitAll();
  }

  // Fit what is drawn (or `ids`), with room for the labels under the nodes: vis-network's own fit leaves a
  // fifth of the canvas empty here.
  var LABEL_ROOM = { x: 100, below: 80, above: 30 };  // canvas units, at least half a wrapped label's width
  var fitted = false;  // the view shows everything drawn (else the reader or a search chose what it shows)
  // Half a label's width: as drawn in the last frame, or LABEL_ROOM.x when it was too small to be drawn.
  function roomX(id) {
    var label = network.body.nodes[id] && network.body.nodes[id].labelModule;
    return label && label.visible() ? Math.max(LABEL_ROOM.x, label.size.width / 2) : LABEL_ROOM.x;
  }
  function fitTo(ids, maxScale, centre) {
    var positions = network.getPositions(ids);
    var lefts = [], rights = [], ys = [];
    Object.keys(positions).forEach(function (k) {
      var p = positions[k], room = roomX(k);
      lefts.push(p.x - room);
      rights.push(p.x + room);
      ys.push(p.y);
    });
    if (!ys.length) return;
    var box = {
      left: Math.min.apply(null, lefts), right: Math.max.apply(null, rights),
      top: Math.min.apply(null, ys) - LABEL_ROOM.above, bottom: Math.max.apply(null, ys) + LABEL_ROOM.below
    };
    showBox(centre ? around(box, centre) : box, maxScale);
    fitted = fitPending = false;  // a chosen view: settling details do not undo it
  }
  // The box grown to have `centre` in its middle.
  function around(box, centre) {
    var dx = Math.max(centre.x - box.left, box.right - centre.x);
    var dy = Math.max(centre.y - box.top, box.bottom - centre.y);
    return { left: centre.x - dx, right: centre.x + dx, top: centre.y - dy, bottom: centre.y + dy };
  }
  // The view that shows a box of canvas units whole.
  function showBox(b, maxScale) {
    var box = container.getBoundingClientRect();
    var scale = Math.min(box.width / (b.right - b.left), box.height / (b.bottom - b.top), maxScale);
    network.moveTo({ position: { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 }, scale: scale });
  }
  function fitAll() {
    fitTo(nodesView.getIds(), 1.5);
    fitted = true;
    fitPending = data.physics;  // details still settling: fit again once they have
  }

  function el(tag, content, className) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) node.textContent = String(content);
    if (className) node.className = className;
    return node;
  }
  function text(node, content) { node.textContent = content; }
  function host(url) {
    var m = /^https?:\/\/(?:www\.)?([^\/:?#]+)/i.exec(url);
    return m ? m[1] : url;
  }
  function safeLink(url, label) {
    if (!/^https?:\/\//i.test(url)) return el("span", label + ": " + url);
    var a = el("a", label);
    a.href = url;
    a.title = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function linkButton(label, action, className) {
    var b = el("button", label, "link" + (className ? " " + className : ""));
    b.type = "button";
    b.addEventListener("click", action);
    return b;
  }

  // Dates: German 21.03.2017, English 2017-03-21; a first of January or a last of December that came from
  // a year alone reads as the year; an open end reads "seit 2005" / "since 2005", never "null".
  function day(date, end) {
    if (!date) return "";
    if (date.slice(4) === (end ? "-12-31" : "-01-01")) return date.slice(0, 4);
    return german ? date.slice(8, 10) + "." + date.slice(5, 7) + "." + date.slice(0, 4) : date;
  }
  function span(first, last) {
    if (!first && !last) return "";
    if (!last) return fill(T.since, { date: day(first, false) });
    if (!first) return fill(T.until, { date: day(last, true) });
    var a = day(first, false), b = day(last, true);
    if (first === last || a === b) return a;
    return a + " – " + b;
  }
  function sourceCount(n) { return fill(n === 1 ? T.sources : T.sourcesPlural, { n: n }); }

  // Legend with filters --------------------------------------------------------------------------------
  function legendItem(list, entry, symbol, set) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.name = entry.name;
    box.addEventListener("change", function () {
      if (box.checked) set.add(entry.name); else set.delete(entry.name);
      refilter();
    });
    var mark = el("span", symbol, "symbol");
    mark.style.color = entry.colour;
    label.append(box, mark, el("span", entry.label || entry.name), el("span", entry.count, "count"));
    li.append(label);
    list.append(li);
  }
  data.types.forEach(function (t) { legendItem(document.getElementById("types"), t, t.symbol, state.types); });
  data.relations.forEach(function (r) {
    legendItem(document.getElementById("relations"), r, "→", state.relations);
  });
  function toggle(id, key) {
    var box = document.getElementById(id);
    box.checked = state[key];
    box.addEventListener("change", function () { state[key] = box.checked; refilter(); });
  }
  toggle("show-details", "details");
  toggle("hide-untied", "hideUntied");
  document.getElementById("fit").addEventListener("click", function () { fitAll(); });

  // Time filter: range inputs, which move with the arrow keys as with the mouse ----------------------------
  if (data.years) {
    var from = document.getElementById("year-from"), to = document.getElementById("year-to");
    [from, to].forEach(function (input) { input.min = data.years[0]; input.max = data.years[1]; });
    from.value = data.years[0];
    to.value = data.years[1];
    var onTime = function () {
      var a = Math.min(+from.value, +to.value), b = Math.max(+from.value, +to.value);
      text(document.getElementById("year-from-value"), a);
      text(document.getElementById("year-to-value"), b);
      state.from = a > data.years[0] ? a + "-01-01" : null;
      state.to = b < data.years[1] ? b + "-12-31" : null;
      refilter();
    };
    from.addEventListener("input", onTime);
    to.addEventListener("input", onTime);
    text(document.getElementById("year-from-value"), data.years[0]);
    text(document.getElementById("year-to-value"), data.years[1]);
    document.getElementById("time").hidden = false;
  }

  // Details panel: beside the canvas, never over it --------------------------------------------------------
  var aside = document.getElementById("details");
  var panel = document.getElementById("details-body");
  // The canvas narrows or widens with the panel. vis-network then scales the view with the canvas's width
  // (what was on screen stays on screen); a view that showed everything is fitted anew to the room it has.
  function setPanel(hidden) {
    if (aside.hidden === hidden) return;
    aside.hidden = hidden;
    if (!network) return;
    network.setSize("100%", "100%");
    if (fitted) fitAll();
    network.redraw();
  }
  function openPanel() { setPanel(false); }
  document.getElementById("close-details").addEventListener("click", function () { setPanel(true); });
  function section(title, items, render, total) {
    if (!items || !items.length) return;
    var more = total && total > items.length ? " (" + fill(T.of, { shown: items.length, total: total }) + ")" : "";
    panel.append(el("h3", title + more));
    var ul = el("ul");
    items.forEach(function (item) { var li = el("li"); render(li, item); ul.append(li); });
    panel.append(ul);
  }
  // Sources name their release by number in data.details.releases (each release's title and date once).
  function releaseOf(s) { return s.r === undefined ? s : data.details.releases[s.r]; }
  function releaseName(r) { return r.title || decodeURIComponent(String(r.release).split("/").pop()); }
  function renderSource(li, s) {
    if (s.source) { li.append(safeLink(s.source, T.reference + ": " + host(s.source))); return; }
    var r = releaseOf(s);
    li.append(el("span", releaseName(r)), el("span", r.date ? " (" + day(r.date) + ")" : "", "meta"));
    if (s.sentence) li.append(el("blockquote", s.sentence));
  }
  function renderTie(li, t) {
    li.append(linkButton(t.name, function () { goTo(t.node); }));
    var when = span(t.first, t.last);
    if (!t.sources) { if (when) li.append(el("span", " (" + when + ")", "meta")); return; }
    li.append(el("span", " (" + (when ? when + ", " : ""), "meta"),
      linkButton(sourceCount(t.sources), function () { showEdge(t.edge); }, "meta"), el("span", ")", "meta"));
  }
  function showNode(id) {
    var d = data.details.nodes[id];
    if (!d) return;
    panel.replaceChildren(el("h2", d.label),
      el("div", data.text.types[d.type] + (d.date ? ", " + day(d.date) : ""), "meta"));
    if (d.aliases.length) panel.append(el("div", T.also + ": " + d.aliases.join("; "), "meta"));
    if (d.first) panel.append(el("div", span(d.first, d.last), "meta"));
    var folded = detailsOf(+id);
    if (folded.length && !state.details) {
      var open = state.expanded.has(+id);
      panel.append(linkButton(open ? T.collapse : fill(T.expand, { n: folded.length }), function () {
        if (open) state.expanded.delete(+id); else state.expanded.add(+id);
        refilter();
        showNode(id);
      }, "expand"));
    }
    if (d.ties.length) {
      panel.append(el("h3", T.ties));
      d.ties.forEach(function (group) {
        panel.append(el("h4", group.relation));
        var ul = el("ul");
        group.ties.forEach(function (t) { var li = el("li"); renderTie(li, t); ul.append(li); });
        panel.append(ul);
      });
    }
    section(T.roles, d.roles, function (li, r) {
      var when = span(r.first, r.last);
      li.textContent = r.title + (r.organisation ? ", " + r.organisation : "") + (when ? " (" + when + ")" : "");
    });
    section(T.quotes, d.quotes, function (li, q) {
      var r = releaseOf(q);
      li.append(el("blockquote", "„" + q.text + "“"),
        el("div", releaseName(r) + (r.date ? " (" + day(r.date) + ")" : ""), "meta"));
    }, d.quoteCount);
    section(T.releases, d.sources, renderSource, d.sourceCount);
    section(T.links, d.links, function (li, l) { li.append(safeLink(l.url, l.label)); });
    panel.append(el("div", d.iri, "meta"));
    openPanel();
  }
  function showEdge(id) {
    var d = data.details.edges[id];
    if (!d) return;
    panel.replaceChildren(el("h2", d.from + " — " + d.label + " → " + d.to));
    var when = span(d.first, d.last);
    if (when) panel.append(el("div", when, "meta"));
    section(T.evidence, d.evidence, renderSource, d.evidenceCount);
    openPanel();
  }

  // The network ----------------------------------------------------------------------------------------
  refilter();
  var container = document.getElementById("network");
  network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.on("zoom", function () { fitted = false; });
  network.on("dragEnd", function (params) { if (!params.nodes.length) fitted = false; });
  network.on("startStabilizing", function () { api.moving = true; });
  network.on("stabilized", function () {
    if (fitPending) fitAll();
    fitPending = false;
    api.moving = false;
  });

  // Search ---------------------------------------------------------------------------------------------
  var labels = document.getElementById("labels");
  data.nodes.forEach(function (n) { labels.append(el("option", n.name)); });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var names = function (n) {
      var d = data.details.nodes[n.id];
      return [n.name].concat(d ? d.aliases : []).map(function (s) { return s.toLowerCase(); });
    };
    var exact = data.nodes.filter(function (n) { return names(n).indexOf(q) >= 0; });
    return exact.length ? exact : data.nodes.filter(function (n) {
      return names(n).some(function (s) { return s.indexOf(q) >= 0; });
    });
  }
  // Show a node with its neighbours on screen: a folded detail is unfolded first.
  function select(id) {
    if (!shown.has(id) && allowed(byId[id])) {
      state.revealed.add(id);
      refilter();
    }
    var neighbourhood = Array.from(new Set([id].concat((ties[id] || []).map(function (e) { return other(e, id); }))))
      .filter(function (n) { return shown.has(n); });
    network.selectNodes([id]);
    showNode(id);
    zoomTo(neighbourhood, id);
  }
  // Come closer to a node, in the middle, with its ties around it; unless it is tied to a good part of what
  // is drawn (a hub such as the programme): its ties span the drawing, which is shown whole.
  var HUB_SHARE = 1 / 3;  // the share of the drawn nodes a hub's ties reach
  function zoomTo(ids, id) {
    if (ids.length >= HUB_SHARE * nodesView.length) fitAll(); else fitTo(ids, 1.3, network.getPosition(id));
  }
  function goTo(id) { if (allowed(byId[id])) select(id); }
  var search = document.getElementById("search");
  var result = document.getElementById("search-result");
  function onSearch() {
    var found = find(search.value);
    var visible = found.filter(function (n) { return allowed(n); });
    if (!search.value.trim()) { text(result, ""); return; }
    if (!found.length) { text(result, T.notFound); return; }
    if (!visible.length) { text(result, T.hidden); return; }
    text(result, visible.length === 1 ? "" : fill(T.matches, { n: visible.length }));
    select(visible[0].id);
  }
  search.addEventListener("change", onSearch);
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") onSearch(); });

  // For tests and embedding pages: what is drawn, and when the first frame is on screen.
  var api = {
    network: network,
    nodes: nodesView,
    edges: edgesView,
    ready: false,
    stabilized: !data.physics,
    moving: false,  // physics is settling unfolded details
    find: function (q) { return find(q).map(function (n) { return n.id; }); },
    drawn: function () {
      var body = network.body;
      return {
        nodes: body.nodeIndices.length,
        edges: body.edgeIndices.filter(function (id) { return body.edges[id].connected; }).length
      };
    }
  };
  window.iqgraphView = api;
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyAt = performance.now();
    fitAll();
    if (data.focus !== null && data.focus !== undefined) {
      network.selectNodes([data.focus]);
      showNode(data.focus);
      fitAll();  // the panel took its room from the canvas
    }
  });
  network.once("stabilizationIterationsDone", function () {
    fitAll();
    api.stabilized = true;
    api.stabilizedAt = performance.now();
  });
})();
