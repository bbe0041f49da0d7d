// planner serve: drag a meeting card to another slot (SortableJS) to pin it there; drop
// resolution files on the upload box. Both submit the same forms a keyboard user submits.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".cards").forEach(function (list) {
    if (typeof Sortable === "undefined") return;
    Sortable.create(list, {
      group: "programme",
      animation: 120,
      forceFallback: true, // mouse and touch events, the same in every browser
      onAdd: function (event) {
        var form = event.item.querySelector("form.move");
        var select = form.querySelector("select[name=slot]");
        select.value = event.to.dataset.slot;
        form.requestSubmit();
      },
    });
  });
  var drop = document.getElementById("upload");
  if (drop) {
    var input = drop.querySelector("input[type=file]");
    ["dragenter", "dragover"].forEach(function (name) {
      drop.addEventListener(name, function (event) { event.preventDefault(); drop.classList.add("over"); });
    });
    drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
    drop.addEventListener("drop", function (event) {
      event.preventDefault();
      input.files = event.dataTransfer.files;
      drop.requestSubmit();
    });
  }
});
