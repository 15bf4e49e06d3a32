// Ant Design's tables scroll sideways on phones inside a div Tab cannot reach: keyboard users could
// not see the columns past the edge (WCAG 2.1.1). Each such div becomes a focusable, named region.
const SCROLLERS = '.ant-table-content, .ant-table-body';

/** Makes every table scroller under `root` a focusable, named region. */
export function markScrollRegions(root: ParentNode, label: string): void {
  for (const element of root.querySelectorAll<HTMLElement>(`${SCROLLERS}:not([tabindex])`)) {
    element.tabIndex = 0;
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', label);
  }
}
