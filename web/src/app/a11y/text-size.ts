import { useSyncExternalStore } from 'react';

export type TextSize = 'standard' | 'large';
const KEY = 'gj.textSize';
/** How much larger 大字 is than 标准. */
export const LARGE_SCALE = 1.25;

// The root size the phone or browser asks for (16 px unless its text size was changed), read before we scale it.
const userRootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
const listeners = new Set<() => void>();

export function storedTextSize(): TextSize {
  return localStorage.getItem(KEY) === 'large' ? 'large' : 'standard';
}

/** Ant Design's base font size in px: 14 at the default root size, following the phone's own setting and ours. */
export function baseFontSize(size: TextSize): number {
  return Math.round(14 * (userRootPx / 16) * (size === 'large' ? LARGE_SCALE : 1));
}

function apply(size: TextSize): void {
  // Our own CSS is in rem: scaling the root scales it, on top of the phone's size.
  document.documentElement.style.fontSize = size === 'large' ? `${LARGE_SCALE * 100}%` : '';
  document.documentElement.dataset.textSize = size;
}

export function setTextSize(size: TextSize): void {
  localStorage.setItem(KEY, size);
  apply(size);
  for (const listener of listeners) listener();
}

export function useTextSize(): TextSize {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, storedTextSize);
}

apply(storedTextSize());
