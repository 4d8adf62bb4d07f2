import { useMutation } from '@tanstack/react-query';
import i18next from 'i18next';
import { ApiError } from './client.ts';

/** The file name the server gives in Content-Disposition, or a plain one. */
function fileNameOf(response: Response): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? 'hearth-export.zip';
}

/**
 * Fetches the person's export (a zip made on the server) and hands it to the browser as a
 * download. Fetched rather than linked, so the page can say while it is being prepared and
 * when it is ready, and an error reads like every other one.
 */
async function downloadExport(): Promise<void> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let response: Response;
  try {
    response = await fetch(`/api/me/export?timeZone=${encodeURIComponent(timeZone)}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', i18next.t('errors.network', { ns: 'common' }));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(response.status, body?.error?.code ?? 'server_error', body?.error?.message ?? i18next.t('errors.server', { ns: 'common' }));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response);
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; free the memory a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const useExportMyData = () => useMutation({ mutationFn: downloadExport });
