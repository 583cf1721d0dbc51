// The iqgraph network view. Every text from a release reaches the page through textContent, innerText
// or a canvas label, never as markup; links are followed only when they are http(s).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("iqgraph-data").textContent);
  var allNodes = new vis.DataSet(data.nodes);
  var allEdges = new vis.DataSet(data.edges);
  var state = {
    types: new Set(data.types.map(function (t) { return t.name; })),
    relations: new Set(data.relations.map(function (r) { return r.name; })),
    from: null,
    to: null
  };
  var shown = new Set();

  // The same rule as iqgraph.network._in_window: a missing first or last day is open.
  function inWindow(item) {
    if (state.to && item.first && item.first > state.to) return false;
    if (state.from && item.last && item.last < state.from) return false;
    return true;
  }

  var nodesView = new vis.DataView(allNodes, { filter: function (n) { return shown.has(n.id); } });
  var edgesView = new vis.DataView(allEdges, {
    filter: function (e) {
      return state.relations.has(e.relation) && inWindow(e) && shown.has(e.from) && shown.has(e.to);
    }
  });

  function refilter() {
    shown = new Set(allNodes.getIds({ filter: function (n) { return state.types.has(n.type) && inWindow(n); } }));
    nodesView.refresh();
    edgesView.refresh();
    text(document.getElementById("counts"), nodesView.length + " of " + allNodes.length + " nodes, " +
      edgesView.length + " of " + allEdges.length + " ties shown");
  }

  function el(tag, content, className) {
    var node = document.createElement(tag);
    if (content !== undefined && content !== null) node.textContent = String(content);
    if (className) node.className = className;
    return node;
  }
  function text(node, content) { node.textContent = content; }
  function safeLink(url, label) {
    if (!/^https?:\/\//i.test(url)) return el("span", label + ": " + url);
    var a = el("a", label);
    a.href = url;
    a.title = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function span(first, last) {
    if (!first) return "";
    return first === last ? first : first + " – " + last;
  }

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

  // Time filter ----------------------------------------------------------------------------------------
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

  // Details panel --------------------------------------------------------------------------------------
  var panel = document.getElementById("details");
  function section(title, items, render, total) {
    if (!items || !items.length) return;
    var more = total && total > items.length ? " (" + items.length + " of " + total + ")" : "";
    panel.append(el("h3", title + more));
    var ul = el("ul");
    items.forEach(function (item) { var li = el("li"); render(li, item); ul.append(li); });
    panel.append(ul);
  }
  // Sources name their release by number in data.details.releases (each release's title and date once).
  function releaseOf(s) { return s.r === undefined ? s : data.details.releases[s.r]; }
  function renderSource(li, s) {
    if (s.source) { li.append(safeLink(s.source, "reference source")); return; }
    var r = releaseOf(s);
    li.append(el("span", r.title || r.release), el("span", r.date ? " (" + r.date + ")" : "", "meta"));
    if (s.sentence) li.append(el("blockquote", s.sentence));
  }
  function showNode(id) {
    var d = data.details.nodes[id];
    if (!d) return;
    panel.replaceChildren(el("h2", d.label), el("div", d.type + (d.date ? ", " + d.date : ""), "meta"));
    if (d.aliases.length) panel.append(el("div", "also: " + d.aliases.join("; "), "meta"));
    if (d.first) panel.append(el("div", "attested " + span(d.first, d.last), "meta"));
    section("Roles", d.roles, function (li, r) {
      li.textContent = r.title + (r.organisation ? ", " + r.organisation : "") +
        (r.first ? " (" + span(r.first, r.last) + ")" : "");
    });
    section("Quotes", d.quotes, function (li, q) {
      var r = releaseOf(q);
      li.append(el("blockquote", "„" + q.text + "“"), el("div", (r.title || "") + (r.date ? " (" + r.date + ")" : ""), "meta"));
    }, d.quoteCount);
    section("Releases", d.sources, renderSource, d.sourceCount);
    section("Links", d.links, function (li, l) { li.append(safeLink(l.url, l.label)); });
    panel.append(el("div", d.iri, "meta"));
  }
  function showEdge(id) {
    var d = data.details.edges[id];
    if (!d) return;
    panel.replaceChildren(el("h2", d.from + " — " + d.label + " → " + d.to));
    if (d.first) panel.append(el("div", span(d.first, d.last), "meta"));
    section("Evidence", d.evidence, renderSource, d.evidenceCount);
  }

  // The network ----------------------------------------------------------------------------------------
  refilter();
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // Search ---------------------------------------------------------------------------------------------
  var labels = document.getElementById("labels");
  data.nodes.forEach(function (n) { labels.append(el("option", n.label)); });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var names = function (n) {
      var d = data.details.nodes[n.id];
      return [n.label].concat(d ? d.aliases : []).map(function (s) { return s.toLowerCase(); });
    };
    var exact = data.nodes.filter(function (n) { return names(n).indexOf(q) >= 0; });
    return exact.length ? exact : data.nodes.filter(function (n) {
      return names(n).some(function (s) { return s.indexOf(q) >= 0; });
    });
  }
  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 400 } });
    showNode(id);
  }
  var search = document.getElementById("search");
  var result = document.getElementById("search-result");
  function onSearch() {
    var found = find(search.value);
    var visible = found.filter(function (n) { return shown.has(n.id); });
    if (!search.value.trim()) { text(result, ""); return; }
    if (!found.length) { text(result, "not found"); return; }
    if (!visible.length) { text(result, "hidden by the filters"); return; }
    text(result, visible.length === 1 ? "" : visible.length + " matches, showing the first");
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
    if (data.focus !== null && data.focus !== undefined) select(data.focus);
  });
  network.once("stabilizationIterationsDone", function () {
    // fit the nodes, then leave room for the labels that stick out beyond them
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.75 });
    api.stabilized = true;
    api.stabilizedAt = performance.now();
  });
})();
