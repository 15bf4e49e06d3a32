import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { assertSecretaryOf } from '../../shared/auth/scope';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, notFound, unauthenticated } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import { isId } from '../../shared/ids';
import { Community } from '../org/community.entity';
import { Grid } from '../org/grid.entity';
import { NeedCategory } from './joint.enums';
import type { ImportRowError, NeedImportResult } from './joint.types';
import { Need } from './need.entity';
import { openNeed } from './need.service';
import { CATEGORY_LABELS, readSheet, type SheetRow } from './need-sheet';

const MAX_KB = 700;
const MAX_BYTES = MAX_KB * 1024;
const tooLarge = () => new AppError('BAD_USER_INPUT', 'import.tooLarge', { kb: MAX_KB });

const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

interface Parsed {
  title: string;
  category: NeedCategory;
  description: string | null;
  maxClaimants: number;
  grid: Grid | null;
  location: string | null;
  budgetEstimate: number | null;
}

function category(value: string | null): NeedCategory | null {
  if (!value) return null;
  const upper = value.toUpperCase();
  if ((Object.values(NeedCategory) as string[]).includes(upper)) return upper as NeedCategory;
  const found = (Object.entries(CATEGORY_LABELS) as [NeedCategory, string][]).find(([, label]) => label === value);
  return found ? found[0] : null;
}

const wholeNumber = (value: string | null, min: number, max: number): number | null | undefined => {
  if (value === null) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

export class NeedImportService {
  constructor(private readonly ctx: Context) {}

  async import(communityId: string, fileName: string, contentBase64: string): Promise<NeedImportResult> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw unauthenticated();
    const community = isId(communityId) ? await this.ctx.em.findOne(Community, communityId) : null;
    if (!community) throw notFound('community');
    assertSecretaryOf(viewer, community.id);
    if (!/\.(xlsx|csv)$/i.test(fileName)) throw new AppError('BAD_USER_INPUT', 'import.unreadable');
    // Measured on the base64 text first, so an oversize file is never decoded.
    if (contentBase64.length > Math.ceil(MAX_BYTES / 3) * 4 + 4) throw tooLarge();
    const content = Buffer.from(contentBase64, 'base64');
    if (content.length > MAX_BYTES) throw tooLarge();
    if (content.length === 0) throw new AppError('BAD_USER_INPUT', 'import.unreadable');
    // One import at a time per user, across API processes: the lock lasts as long as this transaction.
    return this.ctx.em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ free: boolean }[]>("SELECT pg_try_advisory_xact_lock(hashtext('need-import'), hashtext(?)) AS free", [viewer.userId]);
      if (!lock?.free) throw new AppError('TOO_MANY_REQUESTS', 'import.busy');
      let rows: SheetRow[];
      try {
        rows = await readSheet(fileName, content);
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('BAD_USER_INPUT', 'import.unreadable');
      }
      return this.create(tx, community, viewer, rows);
    });
  }

  private async create(tx: EntityManager, community: Community, viewer: Viewer, rows: SheetRow[]): Promise<NeedImportResult> {
    const grids = new Map((await tx.find(Grid, { community: community.id })).map((g) => [g.name, g]));
    const errors: ImportRowError[] = [];
    const parsed: Parsed[] = [];
    const lang = this.ctx.lang;
    for (const { row, cells } of rows) {
      const [title, cat, description, max, gridName, location, budget] = cells;
      const problems: string[] = [];
      if (!title || title.length > 200) problems.push(say(lang, '标题须为 1–200 字', 'title must be 1–200 characters'));
      const kind = category(cat);
      if (!kind) problems.push(say(lang, `类别“${cat ?? ''}”无效`, `category "${cat ?? ''}" is not one of the list`));
      if (description && description.length > 10_000) problems.push(say(lang, '描述最多 10000 字', 'description is over 10,000 characters'));
      const maxClaimants = wholeNumber(max, 1, 100);
      if (maxClaimants === undefined) problems.push(say(lang, '可认领单位数须为 1–100 的整数', 'claimants must be a whole number from 1 to 100'));
      const grid = gridName ? (grids.get(gridName) ?? null) : null;
      if (gridName && !grid) problems.push(say(lang, `本社区没有网格“${gridName}”`, `no grid "${gridName}" in this community`));
      if (location && location.length > 200) problems.push(say(lang, '地点最多 200 字', 'location is over 200 characters'));
      const budgetEstimate = wholeNumber(budget, 0, 2_000_000_000);
      if (budgetEstimate === undefined) problems.push(say(lang, '预算须为非负整数', 'budget must be a whole number, 0 or more'));
      if (problems.length) {
        errors.push({ row, message: problems.join(lang === 'en' ? '; ' : '；') });
        continue;
      }
      parsed.push({ title: title as string, category: kind as NeedCategory, description, maxClaimants: maxClaimants ?? 1, grid, location, budgetEstimate: budgetEstimate ?? null });
    }
    if (rows.length === 0) errors.push({ row: 2, message: say(lang, '文件中没有数据行', 'the file has no data rows') });
    if (errors.length) return { imported: 0, needs: [], errors };

    const needs: Need[] = [];
    for (const p of parsed) {
      needs.push(await openNeed(tx, viewer, { ...p, community: ref(community), grid: p.grid ? ref(p.grid) : null }, say(lang, '批量导入', 'imported')));
    }
    return { imported: needs.length, needs, errors: [] };
  }
}
