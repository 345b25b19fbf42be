// Passkeys (allauth's webauthn.js does the ceremony): buttons only where the browser can
// use passkeys, and a message in the page's language when the browser or the person
// cancels, instead of an error in the console only. The texts come from the page.
(() => {
  "use strict";

  const box = document.querySelector("[data-passkey-error]");
  const unsupported = document.querySelector("[data-passkey-unsupported]");

  // The log-in page brings these after its main content; they belong by the button.
  const loginButton = document.getElementById("passkey_login");
  if (loginButton && loginButton.parentElement && !loginButton.closest("form")) {
    for (const note of [unsupported, box]) {
      if (note && !note.closest("main")) loginButton.parentElement.after(note);
    }
  }

  function show(text) {
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
  }

  document.addEventListener("allauth.error", (event) => {
    const tags = (event.detail && event.detail.tags) || [];
    if (!tags.includes("webauthn") || !box) return;
    event.preventDefault();
    const name = event.detail.exception && event.detail.exception.name;
    if (name === "NotAllowedError" || name === "AbortError") show(box.dataset.notAllowed);
    else if (name === "InvalidStateError") show(box.dataset.alreadyAdded);
    else show(box.dataset.failed);
  });

  document.addEventListener("DOMContentLoaded", () => {
    if (window.PublicKeyCredential) return;
    if (unsupported) unsupported.hidden = false;
    for (const button of document.querySelectorAll("[data-passkey-button], #passkey_login")) {
      button.disabled = true;
    }
  });
})();
