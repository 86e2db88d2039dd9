/**
 * A deliberately small stand-in for `kustomize build` (no kubectl/kustomize binary in CI): it loads the
 * resources a kustomization.yaml lists (files, multi-document YAML, or directories holding their own
 * kustomization) and applies `namespace:`. Any other kustomization key is refused rather than ignored,
 * so what the tests check is what the real kustomize would produce.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export type Manifest = Record<string, any> & {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
};

export interface RenderedManifest {
  manifest: Manifest;
  /** File it came from, relative to the repository root (for messages). */
  source: string;
}

/** Kinds that are not namespaced (kustomize's `namespace:` does not apply to them). */
const CLUSTER_SCOPED_KINDS = new Set(['Namespace']);

const SUPPORTED_KEYS = new Set(['apiVersion', 'kind', 'namespace', 'resources']);
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Kubernetes reads manifests with a YAML 1.1 parser (sigs.k8s.io/yaml): `yes`/`on` are booleans there. */
export function parseManifests(text: string, source: string): Manifest[] {
  const out: Manifest[] = [];
  for (const doc of parseAllDocuments(text, { version: '1.1' })) {
    if (doc.errors.length) throw new Error(`${source}: ${doc.errors.map((e) => e.message).join('; ')}`);
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue; // empty document (e.g. trailing ---)
    if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${source}: a document is not a mapping`);
    const m = value as Manifest;
    if (typeof m.metadata?.name !== 'string' || !m.metadata.name) throw new Error(`${source}: ${m.kind} without metadata.name`);
    out.push(m);
  }
  return out;
}

export function renderKustomization(dir: string, repoRoot: string): RenderedManifest[] {
  const file = KUSTOMIZATION_FILES.map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new Error(`${path.relative(repoRoot, dir)}: no kustomization.yaml`);
  const k = parse(fs.readFileSync(file, 'utf8'), { version: '1.1' }) as Record<string, unknown>;
  const rel = path.relative(repoRoot, file);
  const unsupported = Object.keys(k).filter((key) => !SUPPORTED_KEYS.has(key));
  if (unsupported.length) {
    throw new Error(`${rel}: the test renderer does not implement ${unsupported.join(', ')} (see tools/deploy/kustomize.ts)`);
  }
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization') {
    throw new Error(`${rel}: expected apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization`);
  }
  if (!Array.isArray(k.resources) || k.resources.some((r) => typeof r !== 'string')) {
    throw new Error(`${rel}: resources must be a list of paths`);
  }

  const out: RenderedManifest[] = [];
  for (const entry of k.resources as string[]) {
    const p = path.resolve(dir, entry);
    if (!fs.existsSync(p)) throw new Error(`${rel}: resource ${entry} does not exist`);
    if (fs.statSync(p).isDirectory()) {
      out.push(...renderKustomization(p, repoRoot));
    } else {
      const source = path.relative(repoRoot, p);
      out.push(...parseManifests(fs.readFileSync(p, 'utf8'), source).map((manifest) => ({ manifest, source })));
    }
  }

  if (k.namespace !== undefined) {
    if (typeof k.namespace !== 'string') throw new Error(`${rel}: namespace must be a string`);
    for (const { manifest } of out) {
      if (!CLUSTER_SCOPED_KINDS.has(manifest.kind)) manifest.metadata.namespace = k.namespace;
    }
  }

  const seen = new Set<string>();
  for (const { manifest: m, source } of out) {
    const id = `${m.apiVersion.split('/').slice(0, -1).join('/')}|${m.kind}|${m.metadata.namespace ?? ''}|${m.metadata.name}`;
    if (seen.has(id)) throw new Error(`${source}: duplicate ${m.kind} ${m.metadata.name}`);
    seen.add(id);
  }
  return out;
}
