import { useEffect, useState } from 'react';
import { tokenStore } from '../pwa/token';

/** Photos are served only with the session's token: fetched with it and shown from a blob URL, revoked when done. */
export function useTokenImage(url: string): string | undefined {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let objectUrl: string | undefined;
    let live = true;
    void fetch(url, { headers: { authorization: `Bearer ${tokenStore.get() ?? ''}` } })
      .then((r) => (r.ok ? r.blob() : null))
      .then((blob) => {
        if (!blob || !live) return;
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return src;
}
