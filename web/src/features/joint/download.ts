import { tokenStore } from '../../app/apollo';
import { i18n } from '../../app/i18n';

/** Fetches a file with the session's token and saves it (downloads need the bearer header); sheets come in the app's language. */
export async function downloadWithToken(path: string, fileName: string): Promise<void> {
  const headers = { authorization: `Bearer ${tokenStore.get() ?? ''}`, 'accept-language': i18n.language === 'en' ? 'en' : 'zh-CN' };
  const response = await fetch(path, { headers });
  if (!response.ok) throw new Error(String(response.status));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
