// The header's menu on phones is a native <details> disclosure and works without this
// script. Here it also closes with Escape (focus goes back to its button) and when the
// reader clicks or tabs outside it, as a menu is expected to.
(() => {
  "use strict";

  for (const menu of document.querySelectorAll("[data-menu]")) {
    const button = menu.querySelector("summary");
    const close = () => {
      menu.open = false;
    };
    menu.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && menu.open) {
        close();
        button.focus();
      }
    });
    document.addEventListener("click", (event) => {
      if (menu.open && !menu.contains(event.target)) close();
    });
    menu.addEventListener("focusout", (event) => {
      if (menu.open && event.relatedTarget && !menu.contains(event.relatedTarget)) close();
    });
  }
})();
