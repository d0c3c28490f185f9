// What the page needs before its first paint, in the one small classic script that blocks rendering (the
// CSP allows no inline script):
// - the reader's colour theme: a `theme=` in the URL (an embedded chart) wins, then the choice stored by
//   the theme menu (src/state/theme.ts: same key and values); without either the stylesheet follows the
//   system's light, dark or more-contrast preference on its own;
// - the page's address, which the printed footer shows (--page-url; src/app/print-footer.tsx);
// - a URL that asks for a state (filters, a dataset …) hides the page until the app shows that state, so
//   the figures the build drew for the default filters are never painted under it (--asked-state-pending,
//   read by #root in src/index.css; src/app/main.tsx and start.tsx clear it). `theme=` asks for no state;
// - the page's language (`lang` on <html>): an embedded chart's `lang=`, else the language chosen and
//   stored by the switch (src/state/ui-store.ts: same key and values), as the theme is; the app renders
//   the page in that language right after it hydrates (src/app/start.tsx).
(function () {
  var root = document.documentElement;
  var setUrl = function () {
    root.style.setProperty('--page-url', JSON.stringify(location.href));
  };
  setUrl();
  window.addEventListener('beforeprint', setUrl);

  var asked = false;
  try {
    new URLSearchParams(location.search).forEach(function (_value, key) {
      if (key !== 'theme') asked = true;
    });
  } catch {
    asked = false;
  }
  var LOCALES = ['zh-CN', 'zh-Hant', 'en'];
  var lang;
  try {
    if (/\/embed-[a-z-]+\.html$/.test(location.pathname))
      lang = new URLSearchParams(location.search).get('lang') || 'zh-CN';
    else lang = JSON.parse(localStorage.getItem('jianfu.ui') || 'null').state.locale;
  } catch {
    lang = null;
  }
  if (LOCALES.indexOf(lang) !== -1) root.lang = lang;
  if (asked) {
    root.style.setProperty('--asked-state-pending', 'hidden');
    // Where the app's code cannot load (the network fails), the page shows as drawn, for the default filters
    // it says it has, rather than staying blank.
    window.addEventListener(
      'error',
      function (event) {
        var tag = event.target && event.target.tagName;
        if (tag === 'SCRIPT' || tag === 'LINK') root.style.removeProperty('--asked-state-pending');
      },
      true,
    );
  }

  var THEMES = ['light', 'dark', 'contrast'];
  var theme = null;
  try {
    theme = new URLSearchParams(location.search).get('theme');
    if (THEMES.indexOf(theme) === -1) theme = localStorage.getItem('jianfu.theme');
  } catch {
    // No storage: the system's preference.
  }
  if (THEMES.indexOf(theme) === -1) return;
  root.setAttribute('data-theme', theme);
  // The menu drawn at build time says 跟随系统 until the app starts: say the theme shown.
  document.addEventListener('DOMContentLoaded', function () {
    var select = document.querySelector('select[data-theme-select]');
    if (select) select.value = theme;
  });
})();
