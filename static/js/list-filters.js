// Filters of the list pages, enhanced: the district choice follows the chosen Land at
// once, a summary of filter errors takes the focus, and on wide screens the filters are
// open beside the results. Without this script the server does the first two when the
// form is sent (portal/filters.py), and the filters are one click away.
(() => {
  "use strict";

  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();

  // Browsers that can show the content of a closed <details> get it from lists.css; the
  // others get the disclosure opened here while the screen is wide.
  if (!(window.CSS && CSS.supports("selector(::details-content)"))) {
    const wide = window.matchMedia("(min-width: 48rem)");
    const disclosures = document.querySelectorAll("[data-filter-disclosure]");
    if (wide.matches) for (const disclosure of disclosures) disclosure.open = true;
  }

  for (const form of document.querySelectorAll("form.filter-form")) {
    const land = form.querySelector('select[name="land"]');
    const district = form.querySelector('select[name="kreis"]');
    if (!land || !district) continue;
    let pending = null;

    land.addEventListener("change", async () => {
      // The page itself, with only this Land chosen, offers exactly its districts; the
      // page cache answers it for visitors, so no endpoint of its own is needed.
      const url = new URL(window.location.pathname, window.location.href);
      if (land.value) url.searchParams.set("land", land.value);
      if (pending) pending.abort();
      pending = new AbortController();
      let offered;
      try {
        const response = await fetch(url, { signal: pending.signal, credentials: "same-origin" });
        if (!response.ok) return;
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        offered = page.querySelector('form.filter-form select[name="kreis"]');
      } catch {
        return; // aborted by a newer choice, or offline: the server narrows on sending
      }
      if (!offered) return;
      const chosen = district.value;
      district.replaceChildren(...Array.from(offered.options, (option) => document.importNode(option, true)));
      // A district of another Land would give no results: fall back to all districts.
      district.value = Array.from(district.options).some((option) => option.value === chosen) ? chosen : "";
    });
  }
})();
