import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { graphql } from '../../gql';
import type { RecordVisitInput, ReportCaseInput } from '../../gql/graphql';
import { apolloClient, tokenStore } from '../apollo';
import type { OutboxItem, QueuedPhoto } from './types';

// One sender per kind of queued write; each passes the item's ID as the idempotency key, so a
// retry after a lost answer returns the first result instead of making a second row.

const REPORT = graphql(`mutation OutboxReportCase($input: ReportCaseInput!) { reportCase(input: $input) { id number status } }`);
const RECORD = graphql(`mutation OutboxRecordVisit($input: RecordVisitInput!) { recordVisit(input: $input) { id raisedNeedId raisedCaseId } }`);
const SIGN_UP = graphql(`mutation OutboxSignUp($taskId: ID!, $key: String) { signUpForTask(taskId: $taskId, idempotencyKey: $key) { id status } }`);
const WAITLIST = graphql(`mutation OutboxWaitlist($taskId: ID!, $key: String) { joinTaskWaitlist(taskId: $taskId, idempotencyKey: $key) { id status } }`);
const CHECK_IN = graphql(`mutation OutboxCheckIn($taskId: ID!, $key: String) { checkInToTask(taskId: $taskId, idempotencyKey: $key) { id checkedInAt } }`);
const CHECK_OUT = graphql(`mutation OutboxCheckOut($taskId: ID!, $key: String) { checkOutOfTask(taskId: $taskId, idempotencyKey: $key) { id checkedOutAt } }`);

/** The upload route answered with a refusal (4xx): sending again will not help. */
export class UploadRefused extends Error {}

/** No answer from the server (offline, 5xx, a proxy's error page): keep the item and try again later. */
export function isNetworkFailure(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
  if (ServerError.is(error)) return error.statusCode >= 500 || error.statusCode === 408;
  return !(error instanceof UploadRefused);
}

async function upload(photo: QueuedPhoto): Promise<{ id: string; latitude: number | null; longitude: number | null }> {
  const response = await fetch('/api/uploads', {
    method: 'POST',
    headers: { 'content-type': photo.type || 'application/octet-stream', authorization: `Bearer ${tokenStore.get() ?? ''}` },
    body: new Blob([photo.bytes ?? new ArrayBuffer(0)], { type: photo.type }),
  });
  if (response.status >= 500) throw new TypeError(`upload: ${response.status}`);
  const json = (await response.json()) as { id: string; latitude: number | null; longitude: number | null; error?: { message?: string } };
  if (!response.ok) throw new UploadRefused(json.error?.message ?? String(response.status));
  return json;
}

/** Sends one item; `saved` keeps progress (uploaded photo IDs) so the next try goes on from there. */
export async function deliver(item: OutboxItem, saved: (item: OutboxItem) => Promise<void>): Promise<unknown> {
  const taskVariables = { taskId: item.variables.taskId as string, key: item.id };
  switch (item.kind) {
    case 'report': {
      const input = { ...(item.variables.input as ReportCaseInput) };
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
      return (await apolloClient.mutate({ mutation: REPORT, variables: { input: { ...input, photoIds, idempotencyKey: item.id } } })).data?.reportCase;
    }
    case 'visit':
      return (await apolloClient.mutate({ mutation: RECORD, variables: { input: { ...(item.variables.input as RecordVisitInput), idempotencyKey: item.id } } })).data?.recordVisit;
    case 'signUp':
      return (await apolloClient.mutate({ mutation: SIGN_UP, variables: taskVariables })).data?.signUpForTask;
    case 'waitlist':
      return (await apolloClient.mutate({ mutation: WAITLIST, variables: taskVariables })).data?.joinTaskWaitlist;
    case 'checkIn':
      return (await apolloClient.mutate({ mutation: CHECK_IN, variables: taskVariables })).data?.checkInToTask;
    case 'checkOut':
      return (await apolloClient.mutate({ mutation: CHECK_OUT, variables: taskVariables })).data?.checkOutOfTask;
  }
}
