// "Copy link" on share links: shown only where the browser can copy (its place is kept meanwhile,
// so nothing moves when it appears); no third-party code.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var status = button.closest(".share").querySelector(".share__status");
    button.removeAttribute("data-pending");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copy).then(function () {
        status.textContent = button.dataset.copied;
      });
    });
  });
})();
