// Search-box suggestions: page titles from /api/autocomplete in the page's language.
// Progressive enhancement only; every search form works without this script.
(function () {
  "use strict";
  var script = document.currentScript;
  var endpoint = script.dataset.autocompleteUrl;
  var language = script.dataset.language;

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    var urls = {};
    var timer = null;
    var controller = null;

    input.addEventListener("input", function () {
      var value = input.value.trim();
      if (urls[input.value]) {
        window.location.assign(urls[input.value]);
        return;
      }
      clearTimeout(timer);
      if (value.length < 2) return;
      timer = setTimeout(function () {
        if (controller) controller.abort();
        controller = new AbortController();
        var url = endpoint + "?lang=" + encodeURIComponent(language) + "&q=" + encodeURIComponent(value);
        fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            list.replaceChildren();
            urls = {};
            data.results.forEach(function (result) {
              var option = document.createElement("option");
              option.value = result.title;
              urls[result.title] = result.url;
              list.appendChild(option);
            });
          })
          .catch(function () { /* a failed suggestion never blocks typing */ });
      }, 150);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-autocomplete]").forEach(attach);
  });
})();
