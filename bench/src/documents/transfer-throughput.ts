import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { postGraphQL } from '@crm/platform/testing';
import { startBenchSystem } from '../support/bench-system';

/**
 * Upload and download throughput of 1 MB and 50 MB files through the router's `/files/…` (loopback,
 * local-disk storage), and the process's peak RSS while streaming: with nothing held whole it stays
 * near the baseline. `pnpm bench:documents` prints one JSON line per case. Bounded: BENCH_FILES each.
 */
async function main(): Promise<void> {
  const files = Number(process.env.BENCH_FILES ?? 5);
  const bench = await startBenchSystem();
  const origin = bench.system.url.replace(/\/graphql$/, '');
  const gql = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await postGraphQL<T>(bench.system.url, query, { variables, token });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  try {
    const token = (await gql<{ login: { accessToken: string } }>('mutation { login(input: {email: "seller@demo.local", password: "demo12345"}) { accessToken } }', {})).login.accessToken;
    const deal = await gql<{ createDeal: { deal: { id: string } } }>(
      'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
      { input: { title: 'Bench', newClient: { kind: 'PERSON', firstName: 'Bench', lastName: 'Client', phones: [], emails: [] } } },
      token,
    );
    let folderId: string | undefined;
    while (!folderId) {
      const found = await postGraphQL<{ deal: { documentsFolder: { id: string } } }>(bench.system.url, 'query($id: ID!) { deal(id: $id) { documentsFolder { id } } }', { variables: { id: deal.createDeal.deal.id }, token });
      folderId = found.data?.deal.documentsFolder.id;
      if (!folderId) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const chunk = randomBytes(1024 * 1024);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    for (const megabytes of [1, 50]) {
      const baselineRss = process.memoryUsage().rss;
      peakRss = baselineRss;
      let uploadMs = 0;
      let downloadMs = 0;
      for (let i = 0; i < files; i++) {
        const link = await gql<{ requestUpload: { url: string } }>('mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }', { input: { folderId, name: `bench-${megabytes}mb-${i}.bin` } }, token);
        let started = performance.now();
        const uploaded = await send(`${origin}${link.requestUpload.url}`, megabytes, chunk);
        uploadMs += performance.now() - started;
        if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}`);
        const download = await gql<{ requestDownload: { url: string } }>('mutation($input: RequestDownloadInput!) { requestDownload(input: $input) { url } }', { input: { documentId: uploaded.id } }, token);
        started = performance.now();
        const received = await fetchAll(`${origin}${download.requestDownload.url}`);
        downloadMs += performance.now() - started;
        if (received !== megabytes * 1024 * 1024) throw new Error(`downloaded ${received} bytes`);
      }
      const total = files * megabytes;
      console.log(
        JSON.stringify({
          bench: 'documents-transfer',
          fileMB: megabytes,
          files,
          uploadMBps: Number((total / (uploadMs / 1000)).toFixed(1)),
          downloadMBps: Number((total / (downloadMs / 1000)).toFixed(1)),
          baselineRssMB: Math.round(baselineRss / 1048576),
          peakRssMB: Math.round(peakRss / 1048576),
        }),
      );
    }
    clearInterval(sampler);
  } finally {
    await bench.stop();
  }
}

/** Streams `megabytes` of the same chunk as the request body (never the whole file in memory). */
function send(url: string, megabytes: number, chunk: Buffer): Promise<{ status: number; id: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'PUT', headers: { 'content-length': String(megabytes * chunk.length) } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (part: string) => (body += part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, id: (JSON.parse(body) as { document?: { id: string } }).document?.id ?? '' }));
    });
    req.on('error', reject);
    pipeline(Readable.from((function* () { for (let i = 0; i < megabytes; i++) yield chunk; })()), req).catch(reject);
  });
}

function fetchAll(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, (res) => {
      let size = 0;
      pipeline(res, new Writable({ write: (part: Buffer, _e, done) => ((size += part.length), done()) })).then(() => resolve(size), reject);
    })
      .on('error', reject)
      .end();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
