import { GqlRefusal, gqlRequest } from '../light/fetch-graphql';
import { tokenStore } from '../pwa/token';
import type { OutboxItem, QueuedPhoto } from './types';

// One sender per kind of queued write; each passes the item's ID as the idempotency key, so a
// retry after a lost answer returns the first result instead of making a second row. They go over
// a bare fetch, so the light report page can send without loading Apollo.

const REPORT = 'mutation OutboxReportCase($input: ReportCaseInput!) { reportCase(input: $input) { id number status } }';
const RECORD = 'mutation OutboxRecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id raisedNeedId raisedCaseId } }';
const SIGN_UP = 'mutation OutboxSignUp($taskId: ID!, $key: String) { signUpForTask(taskId: $taskId, idempotencyKey: $key) { id status } }';
const WAITLIST = 'mutation OutboxWaitlist($taskId: ID!, $key: String) { joinTaskWaitlist(taskId: $taskId, idempotencyKey: $key) { id status } }';
const CHECK_IN = 'mutation OutboxCheckIn($taskId: ID!, $key: String) { checkInToTask(taskId: $taskId, idempotencyKey: $key) { id checkedInAt } }';
const CHECK_OUT = 'mutation OutboxCheckOut($taskId: ID!, $key: String) { checkOutOfTask(taskId: $taskId, idempotencyKey: $key) { id checkedOutAt } }';

/** The upload route answered with a refusal (4xx): sending again will not help. */
export class UploadRefused extends Error {}

/** No answer from the server (offline, 5xx, a proxy's error page, SERVICE_UNAVAILABLE): keep the item and try again later. */
export function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof GqlRefusal) && !(error instanceof UploadRefused);
}

export interface Uploaded {
  id: string;
  latitude: number | null;
  longitude: number | null;
}

/** Sends a photo's bytes; its server ID (and the position in its EXIF, if any) comes back. */
export async function uploadPhoto(body: Blob): Promise<Uploaded> {
  const response = await fetch('/api/uploads', {
    method: 'POST',
    headers: { 'content-type': body.type || 'application/octet-stream', authorization: `Bearer ${tokenStore.get() ?? ''}` },
    body,
  });
  if (response.status >= 500) throw new TypeError(`upload: ${response.status}`);
  const json = (await response.json()) as Uploaded & { error?: { message?: string } };
  if (!response.ok) throw new UploadRefused(json.error?.message ?? String(response.status));
  return json;
}

const upload = (photo: QueuedPhoto) => uploadPhoto(new Blob([photo.bytes ?? new ArrayBuffer(0)], { type: photo.type }));

/** Sends one item; `saved` keeps progress (uploaded photo IDs) so the next try goes on from there. */
export async function deliver(item: OutboxItem, saved: (item: OutboxItem) => Promise<void>): Promise<unknown> {
  const send = async (name: string, query: string, variables: Record<string, unknown>, field: string) =>
    (await gqlRequest<Record<string, unknown>>(name, query, variables))?.[field];
  const taskVariables = { taskId: item.variables.taskId as string, key: item.id };
  switch (item.kind) {
    case 'report': {
      const input = { ...(item.variables.input as { latitude?: number | null; longitude?: number | null }) };
      for (const photo of item.photos ?? []) {
        if (photo.id) continue;
        const uploaded = await upload(photo);
        photo.id = uploaded.id;
        photo.bytes = undefined;
        await saved(item);
        // The photo's own position stands in when the phone could not say where it was.
        if (input.latitude == null && uploaded.latitude !== null && uploaded.longitude !== null) {
          input.latitude = uploaded.latitude;
          input.longitude = uploaded.longitude;
        }
      }
      const photoIds = (item.photos ?? []).map((p) => p.id as string);
      return send('OutboxReportCase', REPORT, { input: { ...input, photoIds, idempotencyKey: item.id } }, 'reportCase');
    }
    case 'visit':
      return send('OutboxRecordVisit', RECORD, { input: { ...(item.variables.input as Record<string, unknown>), idempotencyKey: item.id } }, 'recordVisit');
    case 'signUp':
      return send('OutboxSignUp', SIGN_UP, taskVariables, 'signUpForTask');
    case 'waitlist':
      return send('OutboxWaitlist', WAITLIST, taskVariables, 'joinTaskWaitlist');
    case 'checkIn':
      return send('OutboxCheckIn', CHECK_IN, taskVariables, 'checkInToTask');
    case 'checkOut':
      return send('OutboxCheckOut', CHECK_OUT, taskVariables, 'checkOutOfTask');
  }
}
