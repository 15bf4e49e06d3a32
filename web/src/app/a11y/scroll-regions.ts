import { useEffect } from 'react';

// Ant Design's tables scroll sideways on phones inside a div Tab cannot reach: keyboard users could
// not see the columns past the edge (WCAG 2.1.1). Each such div becomes a focusable, named region.
const SCROLLERS = '.ant-table-content, .ant-table-body';

function mark(root: ParentNode, label: string): void {
  for (const element of root.querySelectorAll<HTMLElement>(`${SCROLLERS}:not([tabindex])`)) {
    element.tabIndex = 0;
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', label);
  }
}

/** Keeps every table scroller under the document focusable while the shell is mounted. */
export function useFocusableScrollRegions(label: string): void {
  useEffect(() => {
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark(document, label);
      });
    });
    mark(document, label);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
}
