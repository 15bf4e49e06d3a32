import { createHmac } from 'node:crypto';
import webpush from 'web-push';
import type { VapidKeys } from './vapid';

/** What a channel answers: delivered, or an error and whether trying again can help. */
export type Outcome = { ok: true } | { ok: false; error: string; retry: boolean };

/** An SMS provider: none is bundled; an operator plugs theirs in. */
export interface SmsSender {
  /** Null when there is no provider: the message is recorded as such and not retried. */
  readonly name: string | null;
  send(phone: string, text: string): Promise<void>;
}

/** The default: no provider, and nothing personal written anywhere. */
export const noSmsProvider: SmsSender = {
  name: null,
  async send() {
    throw new Error('no provider');
  },
};

/** DingTalk's signature: base64 HMAC-SHA256, keyed by the secret, of `${timestamp}\n${secret}`, added to the URL. */
export function signedUrl(url: string, secret: string | null, timestamp = Date.now()): string {
  if (!secret) return url;
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  const target = new URL(url);
  target.searchParams.set('timestamp', String(timestamp));
  target.searchParams.set('sign', sign);
  return target.toString();
}

/** A group robot's message: the JSON text message WeCom and DingTalk robots both take; the id rides in a header for de-duplication. */
export async function postWebhook(url: string, secret: string | null, messageId: string, text: string, timeoutMs: number): Promise<Outcome> {
  try {
    const response = await fetch(signedUrl(url, secret), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gongjian-message-id': messageId, 'idempotency-key': messageId },
      body: JSON.stringify({ msgtype: 'text', text: { content: text }, msgId: messageId }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return { ok: true };
    // 4xx other than 408/429: the robot refuses this message; trying again will not change that.
    const retry = response.status >= 500 || response.status === 408 || response.status === 429;
    return { ok: false, error: `HTTP ${response.status}`, retry };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : 'network error', retry: true };
  }
}

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * A push to one browser; 404/410 means the subscription is gone (the caller deletes it). web-push encrypts and signs
 * (aes128gcm, VAPID); the POST is ours, by fetch like the webhooks', since web-push's own sender speaks https only.
 */
export async function sendPush(target: PushTarget, payload: unknown, vapid: VapidKeys, timeoutMs: number): Promise<Outcome & { gone?: boolean }> {
  try {
    const request = webpush.generateRequestDetails({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, JSON.stringify(payload), {
      vapidDetails: { subject: vapid.subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
      TTL: 24 * 3600,
    });
    const response = await fetch(request.endpoint, {
      method: request.method,
      // fetch measures the body itself.
      headers: Object.fromEntries(Object.entries(request.headers).flatMap(([name, value]) => (name.toLowerCase() === 'content-length' ? [] : [[name, String(value)]]))),
      body: request.body ?? undefined,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return { ok: true };
    const status = response.status;
    if (status === 404 || status === 410) return { ok: false, error: `HTTP ${status}`, retry: false, gone: true };
    return { ok: false, error: `HTTP ${status}`, retry: status >= 500 || status === 408 || status === 429 };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : 'network error', retry: true };
  }
}
