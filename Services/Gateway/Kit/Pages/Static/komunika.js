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
  // data-upload="raw" sends the chosen file itself as the body (its type as
  // Content-Type, its name as ?fileName=, the form token as X-CSRF-Token).
  document.querySelectorAll("form[data-upload]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var progress = form.querySelector("progress");
      if (!progress || !window.XMLHttpRequest || !window.FormData) { return; }
      var raw = form.getAttribute("data-upload") === "raw";
      var input = form.querySelector("input[type=file]");
      var file = raw && input && input.files ? input.files[0] : null;
      if (raw && !file) { return; }
      event.preventDefault();
      var request = new XMLHttpRequest();
      if (raw) {
        request.open("POST", form.action.split("?")[0] + "?fileName=" + encodeURIComponent(file.name));
        request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
        request.setRequestHeader("X-CSRF-Token", form.querySelector("input[name=csrf]").value);
      } else {
        request.open(form.method, form.action);
      }
      request.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { progress.max = e.total; progress.value = e.loaded; }
      });
      request.addEventListener("load", function () {
        if (request.status < 400 && request.responseURL) { window.location.assign(request.responseURL); } else { document.open(); document.write(request.responseText); document.close(); }
      });
      progress.hidden = false;
      request.send(raw ? file : new FormData(form));
    });
  });
});
document.addEventListener("DOMContentLoaded", function () {
  // <button data-print>: the browser's print dialog (the page has print CSS).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
});
