// The set-based write of a notification, as one SQL function so that any write path, including
// single-statement ones and scheduled sweeps, notifies in its own transaction: the rows for every
// recipient, their outbox messages (Web Push per subscription unless turned off, SMS only when
// turned on, the group robot of the unit or community), and one NOTIFY for the live bell.
export const NOTIFY_FUNCTION = `
create or replace function gj_notify(p_kind text, p_object_type text, p_object_id uuid, p_params jsonb, p_recipients uuid[],
  p_text text, p_url text, p_unit uuid default null, p_community uuid default null, p_dedupe text default null)
returns integer language plpgsql as $fn$
declare
  made integer;
  ids jsonb;
begin
  with ins as (
    insert into notification (id, recipient_id, kind, object_type, object_id, params, dedupe_key, created_at)
    select gen_random_uuid(), u.id, p_kind, p_object_type, p_object_id, coalesce(p_params, '{}'::jsonb), p_dedupe, now()
    from app_user u where u.id = any(p_recipients) and u.active
    on conflict (recipient_id, dedupe_key) do nothing
    returning id, recipient_id
  ), push as (
    insert into outbox_message (id, channel, target, payload, attempts, next_attempt_at, created_at)
    select gen_random_uuid(), 'WEB_PUSH', s.id::text, jsonb_build_object('notificationId', ins.id, 'kind', p_kind, 'text', p_text, 'url', p_url), 0, now(), now()
    from ins join push_subscription s on s.user_id = ins.recipient_id
    where coalesce((select p.enabled from notification_preference p where p.user_id = ins.recipient_id and p.kind = p_kind and p.channel = 'WEB_PUSH'), true)
  ), sms as (
    insert into outbox_message (id, channel, target, payload, attempts, next_attempt_at, created_at)
    select gen_random_uuid(), 'SMS', ins.recipient_id::text, jsonb_build_object('notificationId', ins.id, 'kind', p_kind, 'text', p_text), 0, now(), now()
    from ins
    where coalesce((select p.enabled from notification_preference p where p.user_id = ins.recipient_id and p.kind = p_kind and p.channel = 'SMS'), false)
  )
  select count(*), coalesce(jsonb_agg(ins.recipient_id), '[]'::jsonb) into made, ids from ins;
  -- A scheduled reminder that already went out (dedupe) does not post to the group again.
  if p_dedupe is null or made > 0 then
    insert into outbox_message (id, channel, target, payload, attempts, next_attempt_at, created_at)
    select gen_random_uuid(), 'WEBHOOK', w.id::text, jsonb_build_object('kind', p_kind, 'text', p_text, 'url', p_url), 0, now(), now()
    from group_webhook w where w.active and ((p_unit is not null and w.unit_id = p_unit) or (p_community is not null and w.community_id = p_community));
  end if;
  if made > 0 then
    perform pg_notify('gongjian_events', jsonb_build_object('topic', 'notifications', 'payload', jsonb_build_object('userIds', ids))::text);
  end if;
  return made;
end
$fn$;`;
