// Pages are built of Ant Design cards whose titles are plain divs: a screen reader's heading list
// held only the page's own <h1>. Each card title becomes a heading one level below the card it
// sits in (a top-level card's title is level 2), so the page reads as an outline.
const TITLES = '.ant-card-head-title';
// A list item's title is an <h4> in Ant Design whatever the page: one level below its card's title.
const ITEM_TITLES = '.ant-list-item-meta-title';

function level(title: Element): number {
  let depth = 0;
  for (let card = title.closest('.ant-card'); card; card = card.parentElement?.closest('.ant-card') ?? null) depth += 1;
  return Math.min(6, depth + 1);
}

/** Makes every card and list-item title under `root` a heading of its level. */
export function markCardHeadings(root: ParentNode): void {
  const titles = [...root.querySelectorAll<HTMLElement>(TITLES)].map((title) => [title, level(title)] as const);
  const items = [...root.querySelectorAll<HTMLElement>(ITEM_TITLES)].map((title) => [title, Math.min(6, level(title) + 1)] as const);
  for (const [title, at] of [...titles, ...items]) {
    if (!title.textContent?.trim()) continue;
    const wanted = String(at);
    if (title.getAttribute('role') === 'heading' && title.getAttribute('aria-level') === wanted) continue;
    title.setAttribute('role', 'heading');
    title.setAttribute('aria-level', wanted);
  }
}
