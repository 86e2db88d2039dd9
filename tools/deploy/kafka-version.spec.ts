/**
 * One Kafka version everywhere: the broker the tests run (tools/kafka/pom.xml, `<kafka.version>`), the one docker-compose.yml
 * runs and any Kafka image in k8s/ must be the same release.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(e.name) ? [p] : [];
  });
}

/** Every Kafka image reference (`apache/kafka:X`, `bitnami/kafka:X`, `confluentinc/...kafka:X`) with its tag, by file. */
function kafkaImages(file: string): string[] {
  return [...fs.readFileSync(file, 'utf8').matchAll(/image:\s*['"]?[\w./-]*kafka[\w.-]*:([\w.-]+)/g)].map((m) => m[1]);
}

describe('Kafka version', () => {
  const pom = fs.readFileSync(path.join(ROOT, 'tools/kafka/pom.xml'), 'utf8');
  const tested = /<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/.exec(pom)?.[1];

  it('docker-compose.yml and k8s/ run the Kafka release the tests run (tools/kafka/pom.xml)', () => {
    expect(tested).toMatch(/^\d+\.\d+\.\d+$/);
    const compose = kafkaImages(path.join(ROOT, 'docker-compose.yml'));
    expect(compose.length).toBeGreaterThan(0);
    const found = [path.join(ROOT, 'docker-compose.yml'), ...yamlFiles(path.join(ROOT, 'k8s'))].flatMap((f) =>
      kafkaImages(f).map((tag) => `${path.relative(ROOT, f)}: ${tag}`),
    );
    expect(found).toEqual(found.map((f) => `${f.split(': ')[0]}: ${tested}`));
  });

  it('finds image tags the way compose writes them', () => {
    const tmp = path.join(fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'kafka-version-')), 'c.yml');
    fs.writeFileSync(tmp, "services:\n  kafka:\n    image: 'apache/kafka:3.9.1'\n  other:\n    image: postgres:17\n");
    expect(kafkaImages(tmp)).toEqual(['3.9.1']);
  });
});
