// Path-based views with the History API: links are real links; a click on a same-origin link navigates in place.
/** Draws a view into `main`; may return a cleanup to run when the next view replaces it. */
export type Render = (url: URL, main: HTMLElement, nav: Navigator) => Promise<void | (() => void)> | void | (() => void);

export interface Navigator {
  go(href: string, opts?: { replace?: boolean }): void;
}

export function startRouter(main: HTMLElement, routes: { match: RegExp; view: string; render: Render }[], onView: (view: string) => void): Navigator {
  let seq = 0;
  let cleanup: (() => void) | undefined;
  const nav: Navigator = {
    go(href, opts = {}) {
      const url = new URL(href, location.href);
      if (opts.replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      void show();
    },
  };
  async function show(): Promise<void> {
    const mine = ++seq;
    const url = new URL(location.href);
    const route = routes.find((r) => r.match.test(url.pathname)) ?? routes[0]!;
    onView(route.view);
    main.setAttribute('aria-busy', 'true');
    cleanup?.();
    cleanup = undefined;
    try {
      const done = await route.render(url, main, nav);
      if (typeof done === 'function') {
        if (mine === seq) cleanup = done;
        else done();
      }
    } finally {
      if (mine === seq) main.removeAttribute('aria-busy');
    }
  }
  document.addEventListener('click', (ev) => {
    const a = (ev.target as Element | null)?.closest?.('a');
    if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    if (a.target || a.hasAttribute('download') || a.origin !== location.origin || a.pathname.startsWith('/api/')) return;
    ev.preventDefault();
    nav.go(a.href);
  });
  window.addEventListener('popstate', () => void show());
  void show();
  return nav;
}
