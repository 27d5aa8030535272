/**
 * Sends a file's bytes to a one-time upload link (ADR 0037) with progress. XMLHttpRequest, because
 * fetch reports no upload progress. Resolves on 201; rejects with the server's error code otherwise
 * (413 too large, 410 link used or expired).
 */
export function uploadFile(url: string, file: Blob, onProgress: (percent: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', url);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      let code = `HTTP_${request.status}`;
      try {
        code = (JSON.parse(request.responseText) as { error?: { code?: string } }).error?.code ?? code;
      } catch {
        // not JSON: the status says enough
      }
      reject(new UploadError(request.status, code));
    };
    request.onerror = () => reject(new UploadError(0, 'NETWORK'));
    request.send(file);
  });
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
    this.name = 'UploadError';
  }
}
