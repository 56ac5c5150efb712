// Komunika: the little script pages use where it helps; every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // A button that asks first: <button data-confirm="Ar tikrai?">.
  document.querySelectorAll("[data-confirm]").forEach(function (element) {
    element.addEventListener("click", function (event) {
      if (!window.confirm(element.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
  // A form that shows its upload's progress: <form data-upload> with a <progress> inside.
  document.querySelectorAll("form[data-upload]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var progress = form.querySelector("progress");
      if (!progress || !window.XMLHttpRequest || !window.FormData) { return; }
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open(form.method, form.action);
      request.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { progress.max = e.total; progress.value = e.loaded; }
      });
      request.addEventListener("load", function () {
        if (request.responseURL) { window.location.assign(request.responseURL); } else { document.open(); document.write(request.responseText); document.close(); }
      });
      progress.hidden = false;
      request.send(new FormData(form));
    });
  });
});
document.addEventListener("DOMContentLoaded", function () {
  // <button data-print>: the browser's print dialog (the page has print CSS).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
