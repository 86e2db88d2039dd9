import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './ports';

/** The bin directory of this machine's PostgreSQL server binaries (pg_config on the PATH, else /usr/lib/postgresql/<n>/bin). */
export function postgresBinDir(): string {
  const viaConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (viaConfig.status === 0 && existsSync(path.join(viaConfig.stdout.trim(), 'initdb'))) return viaConfig.stdout.trim();
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  throw new Error('PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) not found');
}

export interface PostgresPair {
  /** URL of `database` on the primary */
  primaryUrl: string;
  /** URL of the same database on the streaming replica (read-only, hot standby) */
  replicaUrl: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL primary and a streaming replica of it on this machine, from the system's server binaries: initdb, start,
 * `pg_basebackup -R` (the replica follows the primary over streaming replication), start. Run as the `postgres` user when
 * the tests run as root (the server refuses root). Throw-away: stop() removes both data directories.
 */
export async function startPostgresPair(database: string): Promise<PostgresPair> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(tmpdir(), 'siapkerja-pg-pair-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, cmd), asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args, {
      stdio: 'pipe',
      timeout: 120_000,
    });
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const opts = (port: number) => `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`;
  const primary = path.join(dir, 'primary');
  const replica = path.join(dir, 'replica');
  const started: string[] = [];
  const stop = async () => {
    for (const d of started.reverse()) {
      try {
        run('pg_ctl', ['-D', d, '-m', 'immediate', 'stop']);
      } catch {
        // already down
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    appendFileSync(path.join(primary, 'pg_hba.conf'), '\nhost replication all 127.0.0.1/32 trust\n');
    run('pg_ctl', ['-D', primary, '-o', opts(primaryPort), '-l', path.join(dir, 'primary.log'), '-w', 'start']);
    started.push(primary);
    run('psql', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-d', 'postgres', '-c', `CREATE DATABASE "${database}"`]);
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    run('pg_ctl', ['-D', replica, '-o', opts(replicaPort), '-l', path.join(dir, 'replica.log'), '-w', 'start']);
    started.push(replica);
  } catch (e) {
    await stop();
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`could not start a PostgreSQL primary and replica: ${err.stderr?.toString() || err.message}`);
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/${database}`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/${database}`,
    stop,
  };
}
