/* Polku default theme: exercise checking, print answer key, Esc closes the phone menu.
   No inline handlers (works under CSP default-src 'self'). All visible strings come from
   data-msg-* attributes on each .exercise element, rendered from the theme's i18n files. */
(function () {
  "use strict";

  function norm(s) {
    return String(s || "").normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
  }

  function msg(ex, name) {
    return ex.getAttribute("data-msg-" + name) || "";
  }

  // Mark one field (or radio group): aria-invalid on the controls plus a text mark, so the
  // result is never shown by colour alone.
  function mark(ex, controls, markEl, state) {
    controls.forEach(function (c) {
      if (state === null) c.removeAttribute("aria-invalid");
      else c.setAttribute("aria-invalid", state ? "false" : "true");
    });
    if (!markEl) return;
    markEl.classList.remove("is-correct", "is-wrong");
    if (state === null) { markEl.textContent = ""; return; }
    markEl.classList.add(state ? "is-correct" : "is-wrong");
    markEl.textContent = state ? "✓ " + msg(ex, "correct") : "✗ " + msg(ex, "incorrect");
  }

  function markFor(el) {
    return document.getElementById(el.id + "-merkki");
  }

  function check(ex) {
    var total = 0, right = 0;

    // Text gaps and selects: data-answer, alternatives separated by "|".
    ex.querySelectorAll("[data-answer]").forEach(function (f) {
      var value = norm(f.value);
      var ok = value !== "" && f.getAttribute("data-answer").split("|").some(function (a) {
        return norm(a) === value;
      });
      total++; if (ok) right++;
      mark(ex, [f], markFor(f), ok);
      if (value === "" && markFor(f)) markFor(f).textContent = "✗ " + msg(ex, "unanswered");
    });

    // Radio groups (choice, true/false): the chosen radio's data-correct.
    ex.querySelectorAll(".ex-group").forEach(function (g) {
      var radios = Array.prototype.slice.call(g.querySelectorAll("input[type=radio]"));
      var chosen = g.querySelector("input[type=radio]:checked");
      var ok = !!chosen && chosen.getAttribute("data-correct") === "true";
      total++; if (ok) right++;
      mark(ex, radios, markFor(g), ok);
      if (!chosen) {
        var m = markFor(g);
        if (m) m.textContent = "✗ " + msg(ex, "unanswered");
      }
    });

    var status = ex.querySelector("[role=status]");
    if (status) {
      var text = msg(ex, "result").replace("{n}", right).replace("{total}", total);
      if (total > 0 && right === total) text = msg(ex, "all-correct") + " " + text;
      // Clear first so that the same message is announced again on a second check.
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
  }

  // Editing a field clears its old mark.
  function clearOnEdit(ex) {
    ex.addEventListener("input", function (e) { reset(ex, e.target); });
    ex.addEventListener("change", function (e) { reset(ex, e.target); });
  }
  function reset(ex, t) {
    if (t.hasAttribute("data-answer")) {
      mark(ex, [t], markFor(t), null);
    } else if (t.type === "radio") {
      var g = t.closest(".ex-group");
      if (g) mark(ex, Array.prototype.slice.call(g.querySelectorAll("input[type=radio]")), markFor(g), null);
    }
  }

  function initExercises() {
    document.querySelectorAll(".exercise").forEach(function (ex) {
      var button = ex.querySelector(".ex-check");
      if (!button) return;
      button.hidden = false;
      button.addEventListener("click", function () { check(ex); });
      clearOnEdit(ex);
    });
  }

  // Print: gather every answer block into one answer key at the end of <main>, opened;
  // put them back afterwards.
  var moved = [];
  function beforePrint() {
    var blocks = document.querySelectorAll(".exercise .exercise-answers");
    var main = document.querySelector("main");
    if (!blocks.length || !main || moved.length) return;
    var key = document.createElement("section");
    key.className = "answer-key";
    var h = document.createElement("h2");
    h.textContent = msg(blocks[0].closest(".exercise"), "answer-key");
    key.appendChild(h);
    blocks.forEach(function (d) {
      var spot = document.createComment("answers");
      d.parentNode.insertBefore(spot, d);
      moved.push({ el: d, spot: spot, open: d.open });
      d.open = true;
      key.appendChild(d);
    });
    main.appendChild(key);
  }
  function afterPrint() {
    if (!moved.length) return;
    var key = document.querySelector(".answer-key");
    moved.forEach(function (m) {
      m.el.open = m.open;
      m.spot.parentNode.replaceChild(m.el, m.spot);
    });
    moved = [];
    if (key) key.remove();
  }

  // The phone menu (details.menu in base.html) opens and closes without JavaScript; Esc closes it
  // too, and focus inside it goes back to its button.
  function closeMenuOnEscape(e) {
    var menu = document.querySelector("details.menu[open]");
    if (e.key !== "Escape" || !menu) return;
    var inside = menu.contains(document.activeElement);
    menu.open = false;
    if (inside) menu.querySelector("summary").focus();
  }

  function init() {
    initExercises();
    document.addEventListener("keydown", closeMenuOnEscape);
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
