// Placeholder navigation until the learner runtime lands.
(function () {
  "use strict";
  var parts = Array.prototype.slice.call(document.querySelectorAll(".sb-part"));
  function show(id) {
    parts.forEach(function (p) { p.hidden = p.id !== id; });
  }
  show(parts.length ? parts[0].id : "");
})();
