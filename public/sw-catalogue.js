// Imported by the service worker the build generates (vite.config.ts, workbox importScripts), before
// Workbox's own routes. The catalogue of published statistics (data/datapackage.json) is the one data file
// that changes between deployments under the same name, so it must not be served cache-first: a reader
// would keep seeing the old list of datasets until they accepted the new version of the app. It is
// fetched from the network every time (revalidated with the HTTP cache, as the host's no-cache header
// asks) and kept; the kept copy, or the copy precached at install, answers only when the network fails
// or takes longer than CATALOGUE_TIMEOUT_MS. The files it lists are content-hashed, so a cached copy of
// one is never stale.
const CATALOGUE = /\/data\/datapackage\.json$/;
const CATALOGUE_CACHE = 'jianfu-catalogue';
const CATALOGUE_TIMEOUT_MS = 4000;

async function fromCache(request) {
  const cache = await caches.open(CATALOGUE_CACHE);
  // Then the install's precached copy (stored under a ?__WB_REVISION__= key, hence ignoreSearch).
  return (
    (await cache.match(request, { ignoreSearch: true })) ?? caches.match(request, { ignoreSearch: true })
  );
}

async function catalogue(request) {
  const network = fetch(request, { cache: 'no-cache' }).then(async (response) => {
    if (response.ok) {
      const cache = await caches.open(CATALOGUE_CACHE);
      await cache.put(request.url.split('?')[0], response.clone());
    }
    return response;
  });
  // Answered from a kept copy, the network's failure is nobody's error.
  network.catch(() => undefined);
  const slow = new Promise((resolve) => setTimeout(resolve, CATALOGUE_TIMEOUT_MS)).then(() =>
    fromCache(request),
  );
  try {
    // Whichever answers first: the network, or (after the timeout) a kept copy; with no kept copy, the
    // network however long it takes.
    const first = await Promise.race([network, slow]);
    return first ?? (await network);
  } catch {
    // The network failed: a kept copy, or the network's error (the page says the catalogue is missing).
    return (await fromCache(request)) ?? network;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !CATALOGUE.test(new URL(request.url).pathname)) return;
  event.respondWith(catalogue(request));
  // Workbox's precache route would otherwise answer the same request from its cache.
  event.stopImmediatePropagation();
});
