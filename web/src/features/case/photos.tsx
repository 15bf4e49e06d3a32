import { Image } from 'antd';
import { useEffect, useState } from 'react';
import { tokenStore } from '../../app/apollo';

export interface Uploaded {
  id: string;
  latitude: number | null;
  longitude: number | null;
}

/** Sends one photo to POST /api/uploads; the server reads its type from the bytes. */
export async function uploadPhoto(file: File): Promise<Uploaded> {
  const response = await fetch('/api/uploads', {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream', authorization: `Bearer ${tokenStore.get() ?? ''}` },
    body: file,
  });
  const json = (await response.json()) as Uploaded & { error?: { message?: string } };
  if (!response.ok) throw new Error(json.error?.message ?? String(response.status));
  return json;
}

/** Photos are served only with the session's token, so they are fetched and shown as blob URLs. */
export function AuthImage({ url, width = 120 }: { url: string; width?: number }) {
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
      });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return <Image width={width} height={width} style={{ objectFit: 'cover' }} src={src} alt="" />;
}
