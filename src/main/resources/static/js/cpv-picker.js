// The CPV picker used by every form that takes CPV codes: progressive enhancement of a text field that, without
// JavaScript, accepts the codes typed in. Fields marked data-cpv-multiple take a comma-separated list.
(function () {
  "use strict";

  // An ARIA combobox (list autocomplete, manual selection) fed by GET /reference/cpv through htmx.
  function lastSegment(value) {
    var parts = value.split(/[,;]/);
    return parts[parts.length - 1].trim();
  }

  function setupCpvPicker(field) {
    var input = field.querySelector("input[data-cpv-input]");
    var multiple = field.hasAttribute("data-cpv-multiple");
    var listbox = field.querySelector("[role='listbox']");
    var status = field.querySelector("[role='status']");
    if (!input || !listbox) return;
    var active = -1;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    function options() {
      return Array.prototype.slice.call(listbox.querySelectorAll("[role='option']:not([aria-disabled='true'])"));
    }
    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function open() {
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    function highlight(index) {
      var all = options();
      all.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0 && all[index]) {
        input.setAttribute("aria-activedescendant", all[index].id);
        all[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function choose(option) {
      var code = option.getAttribute("data-code");
      if (!multiple) {
        input.value = code;
        close();
        input.focus();
        if (status) status.textContent = option.textContent.trim();
        return;
      }
      var parts = input.value.split(/[,;]/).map(function (p) { return p.trim(); }).filter(function (p) { return p; });
      parts.pop();
      if (parts.indexOf(code) < 0) parts.push(code);
      input.value = parts.join(", ") + ", ";
      close();
      input.focus();
      if (status) status.textContent = option.textContent.trim();
    }

    input.addEventListener("htmx:configRequest", function (event) {
      var query = lastSegment(input.value);
      if (query.length < 2 && !/^\d$/.test(query)) {
        event.preventDefault();
        listbox.innerHTML = "";
        close();
        return;
      }
      event.detail.parameters = { q: query };
    });
    listbox.addEventListener("htmx:afterSwap", function () {
      var count = options().length;
      var empty = listbox.querySelector("[data-cpv-empty]");
      if (count > 0 || empty) { open(); highlight(-1); } else { close(); }
      if (status) {
        status.textContent = empty ? empty.textContent.trim()
          : count + " " + (field.getAttribute("data-suggestions-label") || "");
      }
    });
    input.addEventListener("keydown", function (event) {
      var all = options();
      if (event.key === "ArrowDown" && all.length) {
        event.preventDefault();
        open();
        highlight(active < all.length - 1 ? active + 1 : 0);
      } else if (event.key === "ArrowUp" && all.length) {
        event.preventDefault();
        open();
        highlight(active > 0 ? active - 1 : all.length - 1);
      } else if (event.key === "Enter" && !listbox.hidden && active >= 0) {
        event.preventDefault();
        choose(all[active]);
      } else if (event.key === "Escape" && !listbox.hidden) {
        event.preventDefault();
        close();
      }
    });
    listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
    listbox.addEventListener("click", function (event) {
      var option = event.target.closest("[role='option']");
      if (option) choose(option);
    });
    input.addEventListener("blur", function () { close(); });
  }

  function init() {
    document.querySelectorAll("[data-cpv-picker]").forEach(setupCpvPicker);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
