"use strict";
(function () {
  var entries = JSON.parse(document.getElementById("search-index").textContent);
  var box = document.getElementById("search"), list = document.getElementById("results");
  var LIMIT = 50;
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var folded = entries.map(function (e) { return fold(e[0] + " " + e[1]); });
  function show() {
    var query = fold(box.value.trim()), shown = 0;
    list.replaceChildren();
    if (!query) { return; }
    for (var i = 0; i < entries.length && shown < LIMIT; i++) {
      if (folded[i].indexOf(query) < 0) { continue; }
      var item = document.createElement("li"), a = document.createElement("a");
      a.setAttribute("href", entries[i][3]);
      a.textContent = entries[i][0];
      item.appendChild(a);
      item.appendChild(document.createTextNode(" (" + entries[i][2] + ")"));
      list.appendChild(item);
      shown++;
    }
    if (!shown) { var none = document.createElement("li"); none.textContent = "Nichts gefunden."; list.appendChild(none); }
  }
  box.addEventListener("input", show);
  show();
})();
