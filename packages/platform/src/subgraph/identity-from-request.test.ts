import express from 'express';
import type { AddressInfo } from 'node:net';
import type { TrustProxy } from '../http/trust-proxy';
import { parseTrustProxy } from '../http/trust-proxy';
import { clientAddress } from './identity-from-request';

/** What a server with this TRUST_PROXY takes for the client's address, for a request from loopback. */
async function addressSeen(trustProxy: TrustProxy, forwardedFor?: string): Promise<string> {
  const app = express();
  app.set('trust proxy', trustProxy);
  app.get('/', (req, res) => {
    res.send(clientAddress(req) ?? '');
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
    return await response.text();
  } finally {
    server.close();
  }
}

describe('client address (TRUST_PROXY)', () => {
  it('ignores X-Forwarded-For from a peer nobody trusts: the client cannot choose its own address', async () => {
    expect(await addressSeen(parseTrustProxy('false'), '203.0.113.9')).toBe('127.0.0.1');
    expect(await addressSeen(parseTrustProxy('10.0.0.0/8'), '203.0.113.9')).toBe('127.0.0.1');
  });

  it('takes the address a trusted proxy added, not the entries the client wrote before it', async () => {
    expect(await addressSeen(parseTrustProxy('loopback'), '203.0.113.9')).toBe('203.0.113.9');
    // The client wrote "6.6.6.6"; the (trusted, loopback) proxy appended the address it saw.
    expect(await addressSeen(parseTrustProxy('loopback'), '6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
    expect(await addressSeen(parseTrustProxy('1'), '6.6.6.6, 203.0.113.9')).toBe('203.0.113.9');
  });

  it('parses TRUST_PROXY values', () => {
    expect([parseTrustProxy('true'), parseTrustProxy('false'), parseTrustProxy('2'), parseTrustProxy(' loopback, 10.0.0.0/8 ')]).toEqual([
      true,
      false,
      2,
      'loopback, 10.0.0.0/8',
    ]);
  });
});
