// Projects: progressive enhancement only. Every form these scripts touch also works without them.
(function () {
  "use strict";

  // ---- An htmx-enhanced form the server refused (paused project, stale page): post it the ordinary way, so the
  // person sees the full page with the reason instead of nothing happening.
  document.addEventListener("htmx:responseError", function (event) {
    var form = event.detail.elt && event.detail.elt.closest("form[data-im-fallback]");
    if (form) {
      form.removeAttribute("hx-post");
      HTMLFormElement.prototype.submit.call(form);
    }
  });

  // ---- After an outerHTML swap the old target is detached, so the platform's focus helper cannot find the new
  // element: keep keyboard focus on the button of the checklist item that was just toggled.
  document.addEventListener("htmx:afterSettle", function () {
    var toggled = document.querySelector("#checklist [data-focus-after-swap]");
    if (toggled) toggled.focus();
  });

})();
