import { Image } from 'antd';
import { tokenStore } from '../../app/apollo';
import { useTokenImage } from '../../app/light/token-image';

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

/** A case photo, fetched with the session's token (useTokenImage). */
export function AuthImage({ url, width = 120 }: { url: string; width?: number }) {
  const src = useTokenImage(url);
  return <Image width={width} height={width} style={{ objectFit: 'cover' }} src={src} alt="" />;
}
