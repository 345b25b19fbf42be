// Filters of the list pages, enhanced: the district choice follows the chosen Land at
// once, and a summary of filter errors takes the focus. Without this script the server
// does both when the form is sent (portal/filters.py).
(() => {
  "use strict";

  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();

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
