import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus } from '../case/case.enums';
import type { RoadSection } from './road-section.entity';
import type { SectionCase } from './street.types';
import { addressOnSection, boundsAround, distanceToPath, SECTION_REACH_M } from './street-geometry';

/** Closed cases stay in a chief's view this long after closing: what was done on the street lately. */
const RECENTLY_CLOSED_MS = 30 * 86_400_000;

// The cases near a section's line or naming one of its addresses; the exact distance is taken in
// code. Open ones, and those closed lately.
const CASES_SQL = `
SELECT c.id, c.number, c.title, c.category, c.status, c.address, c.reported_at, c.latitude, c.longitude,
       c.accept_due_at, c.due_at, c.acknowledged_at, c.acknowledge_due_at, c.verify_due_at, u.name AS unit_name
  FROM case_file c LEFT JOIN partner_unit u ON u.id = c.assigned_unit_id
 WHERE (c.status NOT IN ('CLOSED', 'REJECTED') OR c.closed_at > ?)
   AND ((?::float8 IS NOT NULL AND c.latitude BETWEEN ? AND ? AND c.longitude BETWEEN ? AND ?)
        OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(?::jsonb) a WHERE length(btrim(a)) > 0 AND strpos(c.address, btrim(a)) > 0))
 ORDER BY c.reported_at DESC
 LIMIT 1000`;

type CaseRow = Record<string, unknown> & { latitude: number | null; longitude: number | null; address: string | null };
export const at = (v: unknown) => (v ? new Date(v as string) : null);

/** The deadline of the stage a case is in; null once nothing waits on anyone. */
function stageDueAt(row: CaseRow): Date | null {
  switch (row.status) {
    case CaseStatus.REPORTED:
      return at(row.accept_due_at);
    case CaseStatus.DISPATCHED:
      return row.acknowledged_at ? at(row.due_at) : at(row.acknowledge_due_at);
    case CaseStatus.HANDLED:
      return at(row.verify_due_at);
    default:
      return null;
  }
}

/** The cases on a section, newest first: open ones and those closed in the last 30 days; `escalated` when past their stage's deadline. */
export async function casesOnSection(em: EntityManager, section: RoadSection, now = new Date()): Promise<SectionCase[]> {
  const box = boundsAround(section.path, SECTION_REACH_M);
  const rows = await em.execute<CaseRow[]>(CASES_SQL, [
    new Date(now.getTime() - RECENTLY_CLOSED_MS),
    box?.south ?? null,
    box?.south ?? 0,
    box?.north ?? 0,
    box?.west ?? 0,
    box?.east ?? 0,
    JSON.stringify(section.addresses),
  ]);
  return rows
    .filter((r) => {
      if (addressOnSection(r.address, section.addresses)) return true;
      return r.latitude !== null && r.longitude !== null && distanceToPath({ lat: r.latitude, lng: r.longitude }, section.path) <= SECTION_REACH_M;
    })
    .map((r) => {
      const due = stageDueAt(r);
      return {
        id: r.id as string,
        number: r.number as string,
        title: r.title as string,
        category: r.category as SectionCase['category'],
        status: r.status as CaseStatus,
        address: r.address,
        reportedAt: new Date(r.reported_at as string),
        unitName: (r.unit_name as string | null) ?? null,
        stageDueAt: due,
        escalated: !!due && due < now,
      };
    });
}
