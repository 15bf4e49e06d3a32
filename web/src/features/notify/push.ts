// This browser's Web Push subscription, through the service worker that shows the pushes (public/push-sw.js).

export type PushProblem = 'unsupported' | 'denied';

export const pushSupported = () => typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

/** The VAPID key as PushManager wants it: the bytes of its base64url text. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** The service worker, or null when none is running within a few seconds (development, private windows). */
async function worker(): Promise<ServiceWorkerRegistration | null> {
  return Promise.race([navigator.serviceWorker.ready, new Promise<null>((done) => setTimeout(() => done(null), 5_000))]);
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null;
  const registration = await worker();
  return registration ? registration.pushManager.getSubscription() : null;
}

/** Asks permission and subscribes this browser; answers what to send to subscribeWebPush. */
export async function subscribeThisBrowser(publicKey: string): Promise<{ endpoint: string; p256dh: string; auth: string }> {
  if (!pushSupported()) throw 'unsupported' satisfies PushProblem;
  if ((await window.Notification.requestPermission()) !== 'granted') throw 'denied' satisfies PushProblem;
  const registration = await worker();
  if (!registration) throw 'unsupported' satisfies PushProblem;
  const subscription =
    (await registration.pushManager.getSubscription()) ?? (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
  const json = subscription.toJSON();
  return { endpoint: subscription.endpoint, p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' };
}

/** Unsubscribes this browser; answers the endpoint it had, for unsubscribeWebPush. */
export async function unsubscribeThisBrowser(): Promise<string | null> {
  const subscription = await currentSubscription();
  if (!subscription) return null;
  await subscription.unsubscribe();
  return subscription.endpoint;
}
