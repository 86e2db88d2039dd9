/**
 * Kubernetes manifest validation for tools/deploy tests, using the validators that `kubernetes-models`
 * generates from the official Kubernetes OpenAPI schema (types, formats such as quantity/int32, enums,
 * required fields). An apiVersion/kind without a model here is an error, never a silent pass.
 *
 * The official schema does not close its objects (no `additionalProperties: false`), so a misspelt field
 * passes kubernetes-models. One small explicit check makes up for that where typos matter most: the keys
 * of every container of a Deployment's pod template must be fields of the official Container (the list
 * below is checked against kubernetes-models' IContainer by the compiler, both ways).
 */
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import type { IContainer } from 'kubernetes-models/v1/Container';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';

type ModelClass = { new (data: any): { validate(): void } };

/** `${apiVersion}/${kind}` -> kubernetes-models class. */
const MODELS: Record<string, ModelClass> = {
  'v1/Namespace': Namespace,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
};

/** Fields of the official core/v1 Container. */
const CONTAINER_FIELDS = [
  'args',
  'command',
  'env',
  'envFrom',
  'image',
  'imagePullPolicy',
  'lifecycle',
  'livenessProbe',
  'name',
  'ports',
  'readinessProbe',
  'resizePolicy',
  'resources',
  'restartPolicy',
  'securityContext',
  'startupProbe',
  'stdin',
  'stdinOnce',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'tty',
  'volumeDevices',
  'volumeMounts',
  'workingDir',
] as const satisfies ReadonlyArray<keyof IContainer>;
// Compile-time: no field of kubernetes-models' IContainer is missing from CONTAINER_FIELDS.
type UnlistedContainerField = Exclude<keyof IContainer, (typeof CONTAINER_FIELDS)[number]>;
const containerFieldsComplete: [UnlistedContainerField] extends [never] ? true : UnlistedContainerField = true;
void containerFieldsComplete;
const CONTAINER_FIELD_SET: ReadonlySet<string> = new Set(CONTAINER_FIELDS);

export interface K8sValidator {
  /** Throws (kubernetes-models' ValidationError, or an Error for unknown kinds/fields) when the manifest is invalid. */
  validate(manifest: unknown): void;
  supportedKinds(): string[];
}

type Obj = Record<string, any>;

function unknownContainerFields(manifest: Obj): string[] {
  if (manifest.kind !== 'Deployment') return [];
  const pod = manifest.spec?.template?.spec;
  const out: string[] = [];
  for (const list of ['initContainers', 'containers']) {
    const containers: unknown = pod?.[list];
    if (!Array.isArray(containers)) continue; // shape errors are the schema's to report
    containers.forEach((c: unknown, i) => {
      if (typeof c !== 'object' || c === null) return;
      for (const key of Object.keys(c)) {
        if (!CONTAINER_FIELD_SET.has(key)) out.push(`/spec/template/spec/${list}/${i}/${key}`);
      }
    });
  }
  return out;
}

export function createK8sValidator(): K8sValidator {
  return {
    validate(manifest: unknown): void {
      if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
        throw new Error('a manifest must be a YAML mapping');
      }
      const m = manifest as Obj;
      if (typeof m.apiVersion !== 'string' || typeof m.kind !== 'string') {
        throw new Error('a manifest needs string apiVersion and kind');
      }
      const gvk = `${m.apiVersion}/${m.kind}`;
      const Model = MODELS[gvk];
      if (!Model) {
        throw new Error(
          `no Kubernetes schema for ${gvk} (map it to its kubernetes-models class in tools/deploy/k8s-validate.ts; known: ${Object.keys(MODELS).join(', ')})`,
        );
      }
      const where = `${gvk} ${String(m.metadata?.name ?? '<unnamed>')}`;
      try {
        new Model(m).validate();
      } catch (err) {
        if (err instanceof Error) err.message = `${where}: ${err.message}`;
        throw err;
      }
      const unknown = unknownContainerFields(m);
      if (unknown.length) {
        throw new Error(`${where}: unknown fields (not in the official Container schema): ${unknown.join(', ')}`);
      }
    },
    supportedKinds: () => Object.keys(MODELS),
  };
}
