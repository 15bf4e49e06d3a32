/** The question volunteerMatches answers, written out plainly: every eligible volunteer scored in one pass, best first. */
export const HAND_WRITTEN = `
  WITH t AS (SELECT * FROM volunteer_task WHERE id = $1),
  recent AS (
    SELECT volunteer_id, round(sum(confirmed_hours::numeric), 1) AS h FROM task_signup
    WHERE confirmed_hours IS NOT NULL AND checked_out_at BETWEEN now() - interval '30 days' AND now() GROUP BY volunteer_id),
  served AS (
    SELECT x.volunteer_id FROM task_signup x JOIN volunteer_task o ON o.id = x.task_id, t
    WHERE x.status = 'CONFIRMED' AND o.need_id = t.need_id AND o.id <> t.id),
  scored AS (
    SELECT v.id, v.created_at, COALESCE(r.h, 0) AS h,
      (CASE WHEN cardinality(t.required_skills) = 0 THEN 0.2
            ELSE 0.4 * cardinality(ARRAY(SELECT unnest(v.skills) INTERSECT SELECT unnest(t.required_skills))) / cardinality(t.required_skills) END)
      + (CASE WHEN v.grid_id = t.grid_id THEN 0.2 WHEN v.community_id = t.community_id THEN 0.12 ELSE 0 END)
      + (CASE WHEN cardinality(v.availability) = 0 THEN 0.03 ELSE 0.1 END)
      + 0.2 * greatest(0, 1 - COALESCE(r.h, 0) / 20)
      + (CASE WHEN v.id IN (SELECT volunteer_id FROM served) THEN 0.1 ELSE 0 END) AS score
    FROM volunteer v CROSS JOIN t LEFT JOIN recent r ON r.volunteer_id = v.id
    WHERE v.active
      AND (cardinality(v.availability) = 0 OR v.availability && $2::text[])
      AND (cardinality(t.required_skills) = 0 OR v.skills && t.required_skills OR v.community_id = t.community_id)
      AND NOT EXISTS (SELECT 1 FROM task_signup s WHERE s.task_id = t.id AND s.active_volunteer_id = v.id)
      AND NOT EXISTS (SELECT 1 FROM task_signup s JOIN volunteer_task o ON o.id = s.task_id
                      WHERE s.volunteer_id = v.id AND s.status = 'CONFIRMED' AND o.status <> 'CANCELLED' AND o.starts_at < t.ends_at AND o.ends_at > t.starts_at))
  SELECT id FROM scored ORDER BY round(score, 9) DESC, h, created_at, id`;
