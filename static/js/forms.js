// Forms after the GOV.UK pattern: the error summary takes focus when the page shows it,
// and a link in it moves focus to its field with the field's label or legend in view.
// Without this script the summary is still the first thing in the form and its links
// still lead to the fields.
(function () {
  "use strict";

  // Included once by every page; a page that names it again gets no second listener.
  if (window.portalForms) {
    return;
  }
  window.portalForms = true;

  function labelOf(input) {
    var legend = input.closest("fieldset") && input.closest("fieldset").querySelector("legend");
    if (legend && (input.type === "radio" || input.type === "checkbox")) {
      return legend;
    }
    var label = input.id && document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
    return label || input;
  }

  function focusField(event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!input || !/^(INPUT|SELECT|TEXTAREA)$/.test(input.tagName)) {
      return;
    }
    event.preventDefault();
    labelOf(input).scrollIntoView();
    input.focus({ preventScroll: true });
  }

  function init() {
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) {
      return;
    }
    summary.addEventListener("click", focusField);
    summary.focus();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
