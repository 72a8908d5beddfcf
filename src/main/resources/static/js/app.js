// Progressive enhancement only: every page works without this file.
document.addEventListener("htmx:afterSwap", (event) => {
  const heading = event.detail.target.querySelector("[data-focus-after-swap]");
  if (heading) heading.focus();
});

// On a small screen the header folds its tools and navigation behind a menu button. Without this script the
// button stays hidden and everything is shown, wrapped.
(() => {
  const button = document.querySelector(".im-menu-button");
  const header = button && button.closest(".im-header");
  if (!header) return;
  const setOpen = (open) => {
    button.setAttribute("aria-expanded", String(open));
    header.dataset.menu = open ? "open" : "closed";
  };
  setOpen(false);
  button.hidden = false;
  button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  header.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && header.dataset.menu === "open" && getComputedStyle(button).display !== "none") {
      setOpen(false);
      button.focus();
    }
  });
})();
