// Service worker of the resident app: it makes the app installable and lets its own files (the
// shell: HTML, CSS, scripts, icons) open without a network. It never stores API answers or anything
// else under /api/: a resident's data stays on the server, not in a cache on a (shared) phone.
const CACHE = "redzaam-app-v6";
const SHELL = [
  "/app/",
  "/app/app.css",
  "/app/manifest.webmanifest",
  "/app/icoon.svg",
  "/app/js/app.js",
  "/app/js/activeren.js",
  "/app/js/api.js",
  "/app/js/dom.js",
  "/app/js/inloggen.js",
  "/app/js/opdracht.js",
  "/app/js/sessie.js",
  "/app/js/start.js",
  "/app/js/teksten.js",
  "/app/js/toegang.js",
  "/app/js/budget.js",
  "/app/js/woorden.js",
  "/app/js/berichten.js",
  "/app/js/gesprekken.js",
  "/app/js/plan.js",
  "/app/js/zelfscan.js",
  "/app/js/mail.js",
  "/app/js/wachttijd.js",
  "/app/js/week.js",
  "/app/js/beveiliging.js",
  "/werkomgeving/js/dom.js",
  "/werkomgeving/vendor/utrecht-components.css",
  "/werkomgeving/vendor/fonts.css",
  "/werkomgeving/huisstijl.css",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== location.origin) return;
  if (!SHELL.includes(url.pathname)) return; // the API and everything else: straight to the network
  // Network first, so a new release is used at once; the cached shell only when offline.
  event.respondWith(
    fetch(event.request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(event.request, copy));
        }
        return response;
      })
      .catch(() => caches.match(event.request)),
  );
});
