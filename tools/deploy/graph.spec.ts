import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Nx project graph: services depend on libs, never on each other; libs never on services. */
describe('project graph', () => {
  const root = path.resolve(__dirname, '../..');
  let deps: Record<string, { target: string }[]>;
  let types: Record<string, string>;

  beforeAll(() => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nxgraph-')), 'graph.json');
    execFileSync(process.execPath, [require.resolve('nx/bin/nx.js'), 'graph', `--file=${file}`], {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      stdio: 'pipe',
    });
    const g = JSON.parse(fs.readFileSync(file, 'utf8')).graph;
    deps = g.dependencies;
    types = Object.fromEntries(
      Object.entries(g.nodes as Record<string, { data: { root: string } }>).map(([k, n]) => [k, n.data.root.split('/')[0]]),
    );
  }, 60000);

  it('has every service and lib', () => {
    for (const s of ['gateway', 'jobs', 'training', 'certification', 'placement', 'entrepreneurship', 'identity'])
      expect(types[s]).toBe('services');
    for (const l of ['config', 'logging', 'errors', 'persistence', 'events', 'person-id', 'grpc', 'codes']) expect(types[l]).toBe('libs');
  });

  it('services depend on libs only', () => {
    for (const [project, ds] of Object.entries(deps)) {
      if (types[project] !== 'services') continue;
      const internal = ds.map((d) => d.target).filter((t) => !t.startsWith('npm:'));
      expect(internal.length).toBeGreaterThan(0);
      for (const t of internal) expect(`${project} -> ${t}: ${types[t]}`).toBe(`${project} -> ${t}: libs`);
    }
  });

  it('libs never depend on services', () => {
    for (const [project, ds] of Object.entries(deps)) {
      if (types[project] !== 'libs') continue;
      for (const d of ds) expect(types[d.target] ?? 'npm').not.toBe('services');
    }
  });
});
