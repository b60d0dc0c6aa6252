// The site's only script: the dark-mode toggle (remembered in localStorage), copy buttons and the phone menu.
// Math, code colours and cell outputs are all rendered at build time and need none of it.
(function () {
  "use strict";
  var root = document.documentElement;

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    toggle.addEventListener("click", function () {
      var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("coursekit-theme", next); } catch (e) { /* private mode: not remembered */ }
    });
  }

  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source || !navigator.clipboard) return;
      var label = button.textContent;
      navigator.clipboard.writeText(source.innerText.replace(/\n$/, "")).then(function () {
        button.textContent = "✓";
        setTimeout(function () { button.textContent = label; }, 1200);
      });
    });
  });

  var menu = document.querySelector(".menu-toggle");
  var sidebar = document.getElementById("sidebar");
  if (menu && sidebar) {
    menu.addEventListener("click", function () {
      var open = sidebar.classList.toggle("open");
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
})();
