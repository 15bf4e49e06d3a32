import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { postWebhook } from './channels';
import type { GroupWebhookView, SetGroupWebhookInput, WebhookTestResult } from './notify.types';

interface Row {
  id: string;
  community_id: string | null;
  unit_id: string | null;
  owner_name: string;
  url: string;
  signed: boolean;
  active: boolean;
}

const SELECT = `select w.id, w.community_id, w.unit_id, coalesce(c.name, u.name) as owner_name, w.url, w.secret is not null as signed, w.active
  from group_webhook w left join community c on c.id = w.community_id left join partner_unit u on u.id = w.unit_id`;

const view = (row: Row): GroupWebhookView => ({
  id: row.id,
  communityId: row.community_id,
  unitId: row.unit_id,
  ownerName: row.owner_name,
  host: new URL(row.url).host,
  signed: row.signed,
  active: row.active,
});

/** Group robots per community or unit, kept by administrators and the command centre. */
export class WebhookService extends RequestService {
  async list(): Promise<GroupWebhookView[]> {
    return (await this.em.execute<Row[]>(`${SELECT} order by owner_name`)).map(view);
  }

  async set(input: SetGroupWebhookInput): Promise<GroupWebhookView> {
    const communityId = input.communityId || null;
    const unitId = input.unitId || null;
    if (!communityId === !unitId) throw new AppError('BAD_USER_INPUT', 'input.invalid', { details: 'communityId or unitId, one of them' });
    if ((communityId && !isId(communityId)) || (unitId && !isId(unitId))) throw notFound(communityId ? 'community' : 'unit');
    let url: URL;
    try {
      url = new URL(input.url.trim());
    } catch {
      throw new AppError('BAD_USER_INPUT', 'notify.badUrl');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AppError('BAD_USER_INPUT', 'notify.badUrl');
    const owner = communityId
      ? await this.em.execute('select 1 from community where id = ?', [communityId])
      : await this.em.execute('select 1 from partner_unit where id = ?', [unitId]);
    if (!owner.length) throw notFound(communityId ? 'community' : 'unit');
    const secret = input.secret === undefined ? undefined : input.secret?.trim() || null;
    const column = communityId ? 'community_id' : 'unit_id';
    const [row] = await this.em.execute<{ id: string }[]>(
      `insert into group_webhook (id, ${column}, url, secret, active, updated_at) values (gen_random_uuid(), ?, ?, ?, ?, now())
       on conflict (${column}) do update set url = excluded.url, active = excluded.active, updated_at = now()${secret === undefined ? '' : ', secret = excluded.secret'}
       returning id`,
      [communityId ?? unitId, url.toString(), secret ?? null, input.active ?? true],
    );
    const [saved] = await this.em.execute<Row[]>(`${SELECT} where w.id = ?`, [row.id]);
    return view(saved);
  }

  async remove(id: string): Promise<boolean> {
    if (!isId(id)) throw notFound('webhook');
    return (await this.em.execute<{ id: string }[]>('delete from group_webhook where id = ? returning id', [id])).length > 0;
  }

  /** Posts a test message now and answers what the robot said (the outbox is for real messages). */
  async test(id: string): Promise<WebhookTestResult> {
    if (!isId(id)) throw notFound('webhook');
    const [hook] = await this.em.execute<{ url: string; secret: string | null }[]>('select url, secret from group_webhook where id = ?', [id]);
    if (!hook) throw notFound('webhook');
    const outcome = await postWebhook(hook.url, hook.secret, crypto.randomUUID(), '共建平台测试消息 / Gongjian test message', 5_000);
    return outcome.ok ? { ok: true, error: null } : { ok: false, error: outcome.error };
  }
}
