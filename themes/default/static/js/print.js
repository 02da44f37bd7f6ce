/* Polku default theme: the print buttons of lesson and workshop pages (macros.html print_actions).
   No inline handlers (works under CSP default-src 'self'). The buttons are rendered hidden, so that
   a visitor without JavaScript never sees a button that does nothing; this script shows them.
   data-print="page" prints the page as it is. data-print="script" prints the workshop's facilitator
   script: <html> gets the class print-script, under which the print CSS hides everything but the
   script, and loses it after printing. A print started any other way (the browser's menu, Ctrl+P)
   is always the plain one. */
(function () {
  "use strict";

  var SCRIPT = "print-script";
  var root = document.documentElement;
  // True between a click on the script button and the print it starts.
  var scriptPending = false;

  function beforePrint() {
    if (!scriptPending) root.classList.remove(SCRIPT);
    scriptPending = false;
  }
  function afterPrint() {
    scriptPending = false;
    root.classList.remove(SCRIPT);
  }

  function init() {
    if (typeof window.print !== "function") return;
    document.querySelectorAll(".print-actions").forEach(function (box) {
      box.querySelectorAll("button[data-print]").forEach(function (button) {
        button.addEventListener("click", function () {
          scriptPending = button.getAttribute("data-print") === "script";
          root.classList.toggle(SCRIPT, scriptPending);
          window.print();
        });
      });
      box.hidden = false;
    });
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
