// Search-box suggestions as an accessible combobox (the WAI-ARIA combobox pattern with a
// listbox): page titles from /api/autocomplete in the page's language. Typing never
// leaves the page; only choosing a suggestion does (a click, or Enter on the one the
// arrow keys highlighted). Escape closes the list. Screen readers hear how many
// suggestions there are. Progressive enhancement only: every search form works without
// this script.
(function () {
  "use strict";
  var script = document.currentScript;
  var endpoint = script.dataset.autocompleteUrl;
  var language = script.dataset.language;
  var countOne = script.dataset.suggestionsOne || "1 suggestion";
  var countMany = script.dataset.suggestionsMany || "%(count)s suggestions";
  var countNone = script.dataset.suggestionsNone || "";

  function announcement(count) {
    if (count === 0) return countNone;
    return count === 1 ? countOne : countMany.replace("%(count)s", count);
  }

  function attach(input, index) {
    var id = input.id || "search-box-" + index;
    input.id = id;
    var wrapper = document.createElement("span");
    wrapper.className = "autocomplete";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    var list = document.createElement("ul");
    list.id = id + "-suggestions";
    list.className = "autocomplete__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels.length ? input.labels[0].textContent.trim() : "");
    list.hidden = true;
    wrapper.appendChild(list);
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var asked = "";

    function open() {
      if (!options.length) return;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      highlight(-1);
    }

    function highlight(position) {
      options.forEach(function (option, at) {
        option.element.setAttribute("aria-selected", at === position ? "true" : "false");
      });
      active = position;
      if (position >= 0) {
        input.setAttribute("aria-activedescendant", options[position].element.id);
        options[position].element.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(position) {
      window.location.assign(options[position].url);
    }

    function show(results) {
      list.replaceChildren();
      options = results.map(function (result, at) {
        var element = document.createElement("li");
        element.id = list.id + "-" + at;
        element.className = "autocomplete__option";
        element.setAttribute("role", "option");
        element.setAttribute("aria-selected", "false");
        element.textContent = result.title;
        // Keep the focus in the box: a click chooses, it does not blur first.
        element.addEventListener("mousedown", function (event) { event.preventDefault(); });
        element.addEventListener("click", function () { choose(at); });
        list.appendChild(element);
        return { element: element, url: result.url };
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      status.textContent = announcement(options.length);
      if (options.length) open(); else close();
    }

    function ask(value) {
      if (controller) controller.abort();
      controller = new AbortController();
      asked = value;
      var url = endpoint + "?lang=" + encodeURIComponent(language) + "&q=" + encodeURIComponent(value);
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          // An answer to what the box no longer says is not shown.
          if (asked === input.value.trim() && document.activeElement === input) show(data.results);
        })
        .catch(function () { /* a failed suggestion never blocks typing */ });
    }

    input.addEventListener("input", function () {
      var value = input.value.trim();
      clearTimeout(timer);
      // Enter now searches for what was typed, until an arrow key picks a suggestion again.
      highlight(-1);
      if (value.length < 2) {
        if (controller) controller.abort();
        asked = "";
        show([]);
        status.textContent = "";
        return;
      }
      timer = setTimeout(function () { ask(value); }, 150);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = !list.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (!options.length) return;
        event.preventDefault();
        if (!expanded) open();
        var step = event.key === "ArrowDown" ? 1 : -1;
        var next = active + step;
        if (next >= options.length) next = 0;
        if (next < 0) next = options.length - 1;
        highlight(next);
      } else if (event.key === "Enter") {
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        }
      } else if (event.key === "Escape") {
        if (expanded) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          show([]);
          status.textContent = "";
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", close);
    input.addEventListener("focus", function () {
      if (options.length && asked === input.value.trim()) open();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-autocomplete]").forEach(attach);
  });
})();
