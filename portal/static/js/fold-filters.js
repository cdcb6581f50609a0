// On a phone the filters fold away so that results come first. Loaded (not deferred) right
// after the filters, so that they fold before the results are parsed and painted and
// nothing moves once it is on screen.
(function () {
  "use strict";
  var panel = document.currentScript.previousElementSibling;
  if (panel && window.matchMedia("(max-width: 59.99rem)").matches) panel.open = false;
})();
