// Loaded into the generated service worker (workbox importScripts): shows a Web Push with the app closed,
// and opens its link when tapped. The payload is the outbox's: { notificationId, kind, text, url }.
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { text: event.data ? event.data.text() : '' };
  }
  const title = data.title || '共建';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: data.text || '',
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      tag: data.notificationId || undefined,
      lang: 'zh-CN',
      data: { url: data.url || '/notifications' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || '/notifications', self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).origin === target.origin);
      if (open) return open.focus().then((w) => (w && 'navigate' in w ? w.navigate(target.href) : w));
      return self.clients.openWindow(target.href);
    }),
  );
});
