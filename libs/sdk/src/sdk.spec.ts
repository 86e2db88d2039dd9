import http from 'node:http';
import { createSiapkerjaClient, fetchClientToken } from './index';

describe('SDK', () => {
  it('sends typed requests with the bearer token and reads problem+json errors', async () => {
    const seen: { method?: string; url?: string; auth?: string; body?: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
        if (req.url === '/oauth/token')
          return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'tok-1' }));
        if (req.url?.startsWith('/v1/employers/missing'))
          return void res
            .writeHead(404, { 'content-type': 'application/problem+json' })
            .end(JSON.stringify({ status: 404, title: 'Not Found' }));
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'e1', nib: '9120001234567' }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const token = await fetchClientToken(base, 'c', 's', 'jobs:write');
      expect(token).toBe('tok-1');
      expect(seen[0].body).toContain('grant_type=client_credentials');
      const api = createSiapkerjaClient(base, { token });
      const created = await api.POST('/v1/employers', {
        body: { nib: '9120001234567', legalName: 'PT A', employerType: 'PRIVATE', kbliCodes: ['62019'], regionCode: '33.73' },
      });
      expect(created.response.status).toBe(201);
      expect(created.data?.id).toBe('e1');
      expect(seen[1]).toMatchObject({ method: 'POST', url: '/v1/employers', auth: 'Bearer tok-1' });
      const missing = await api.GET('/v1/employers/{id}', { params: { path: { id: 'missing' } } });
      expect(missing.response.status).toBe(404);
      expect(missing.error).toMatchObject({ status: 404 });
    } finally {
      server.close();
    }
  });
});
