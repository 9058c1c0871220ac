// The OpenAPI document: valid JSON, every registered route documented, references resolve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../../src/api/index.js';
import { inlineCoder } from '../../src/api/coder.js';
import { coded } from './helpers.js';
import { makeStore } from './stores.js';

test('GET /api/openapi.json documents every API route and its references resolve', async () => {
  const c = await coded();
  const store = await makeStore();
  const routes: string[] = [];
  const app = buildServer({ store, coder: inlineCoder(c.lexicons) });
  app.addHook('onRoute', () => {});
  try {
    await app.ready();
    const res = await app.inject('/api/openapi.json');
    assert.equal(res.statusCode, 200);
    const doc = JSON.parse(res.body) as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };
    assert.match(doc.openapi, /^3\./);
    for (const [method, path] of [
      ['get', '/api/events'], ['get', '/api/stats'], ['get', '/api/top'], ['get', '/api/articles/{id}'],
      ['get', '/api/info'], ['post', '/api/code'], ['post', '/api/articles'], ['get', '/api/stories/{id}/compare'],
    ] as const) {
      const op = doc.paths[path]?.[method];
      assert.ok(op, `${method.toUpperCase()} ${path} documented`);
      routes.push(path);
      // and the route really exists on the server
      const fastifyPath = path.replace(/\{(\w+)\}/g, ':$1');
      assert.ok(app.hasRoute({ method: method.toUpperCase() as 'GET', url: fastifyPath }), `${fastifyPath} registered`);
    }
    const params = doc.paths['/api/events']!['get']!.parameters!.map((p) => p.name);
    for (const p of ['dyad', 'event', 'status', 'from', 'to', 'q', 'limit', 'cursor']) assert.ok(params.includes(p), `parameter ${p}`);
    assert.ok(doc.paths['/api/events']!['get']!.responses['400']);
    const refs = [...res.body.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(refs.includes('Event'));
    for (const r of refs) assert.ok(doc.components.schemas[r], `component ${r} exists`);
  } finally {
    await app.close();
    await store.close();
  }
});
