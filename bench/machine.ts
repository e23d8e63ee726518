import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { resolve } from 'node:path';

/** Where and on what a run was measured, so numbers from different runs can be compared honestly. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  gitCommit: string;
  gitDirty: boolean;
  date: string;
  versions: Record<string, string>;
  /** 1-minute load average when the run began and when it ended: above ~0.5 means other work shared the cores. */
  loadAverage: { start: number; end: number | null };
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    return `${pretty ?? osType()} (${osType()} ${release()})`;
  } catch {
    return `${osType()} ${release()}`;
  }
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function machineInfo(root: string): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: osName(),
    gitCommit: git(['rev-parse', '--short=12', 'HEAD'], root) || 'unknown',
    gitDirty: git(['status', '--porcelain', '--untracked-files=no'], root) !== '',
    date: new Date().toISOString(),
    loadAverage: { start: Math.round((loadavg()[0] ?? 0) * 100) / 100, end: null },
    versions: Object.fromEntries(['fastify', '@electric-sql/pglite', 'pg', 'autocannon', 'tsx'].map((name) => [name, packageVersion(root, name)])),
  };
}

export function currentLoadAverage(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
