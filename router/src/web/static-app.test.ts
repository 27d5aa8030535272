import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { staticWebApp } from './static-app';

describe('staticWebApp', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CRM</title>');
    writeFileSync(join(dist, 'assets', 'index-AbC123.js'), 'console.log(1)');
    const app = express();
    app.use(staticWebApp(dist));
    app.use((_req, res) => void res.status(404).send('api'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((done) => server.once('listening', done));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((done) => server.close(done));
  });

  it('serves hashed assets as immutable for a year', async () => {
    const response = await fetch(`${url}/assets/index-AbC123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves index.html for client-side routes, always revalidated', async () => {
    const response = await fetch(`${url}/deals/42?view=kanban`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>CRM</title>');
  });

  it('leaves API paths and missing assets alone', async () => {
    expect((await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${url}/auth/login`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${url}/assets/missing-123.js`)).status).toBe(404);
  });
});
