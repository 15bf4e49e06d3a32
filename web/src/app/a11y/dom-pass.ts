import { useEffect, useRef } from 'react';

/**
 * Runs `pass` now and after DOM changes (at most once a frame) while the component is mounted: one
 * observer for the shell's accessibility touch-ups of what Ant Design renders. The latest `pass`
 * is the one run.
 */
export function useDomPass(pass: () => void): void {
  const latest = useRef(pass);
  latest.current = pass;
  useEffect(() => {
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        latest.current();
      });
    });
    latest.current();
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
