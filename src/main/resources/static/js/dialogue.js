// Market dialogue: progressive enhancement only. The matchmaking forms also work without this script.
(function () {
  "use strict";

  // ---- An htmx-enhanced form the server refused with a status htmx does not swap (a stale page, a session that
  // ended): post it the ordinary way, so the person sees the full page with the reason instead of nothing happening.
  document.addEventListener("htmx:responseError", function (event) {
    var form = event.detail.elt && event.detail.elt.closest("#matchmaking form[data-im-fallback]");
    if (form) {
      form.removeAttribute("hx-post");
      HTMLFormElement.prototype.submit.call(form);
    }
  });
})();
