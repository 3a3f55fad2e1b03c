import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppContext, type AppContext, type AppContextOptions } from '../../../data/app/context.js';
import { parseConfig } from '../../../data/config/config.js';
import type { WallClock } from '../../../data/wall/runner.js';
import { createFixtureSnapshot } from '../../fixtures/snapshot-fixture.js';

/** A clock whose time moves only when a test says so; due timers fire in order. */
export class FakeClock implements WallClock {
  private time = Date.parse('2025-06-30T08:00:00.000Z');
  private timers: { at: number; fire: () => void; id: number }[] = [];
  private nextId = 0;

  now = (): number => this.time;

  setTimer = (ms: number, fire: () => void): (() => void) => {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, fire, id });
    return () => {
      this.timers = this.timers.filter((timer) => timer.id !== id);
    };
  };

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.fire();
    }
    this.time = end;
  }

  get pending(): number {
    return this.timers.length;
  }
}

/** Cheap scrypt for tests: the cost is stored in the hash, so this only makes tests faster. */
export const testScryptCost = { N: 2 ** 10, r: 8, p: 1 };

export interface TestApp {
  app: AppContext;
  dir: string;
  dataDir: string;
  clock: FakeClock;
  reopen(extra?: Partial<AppContextOptions>): TestApp;
  cleanup(): void;
}

/** A whole app (createAppContext) on the fixture snapshot in a temp folder, with a fake wall clock. */
export function openTestApp(extra: Partial<AppContextOptions> = {}, dir = mkdtempSync(path.join(tmpdir(), 'anjungan-app-'))): TestApp {
  const dataDir = path.join(dir, 'data');
  const clock = new FakeClock();
  const app = createAppContext({
    dataDir,
    bundledSnapshot: bundledSnapshotOnce(dir),
    config: parseConfig({}, 'test'),
    log: () => {},
    refresh: { autoStart: false },
    wallClock: clock,
    admin: { scryptCost: testScryptCost },
    ...extra,
  });
  const result: TestApp = {
    app,
    dir,
    dataDir,
    clock,
    reopen(next = {}) {
      app.close();
      return openTestApp({ ...extra, ...next }, dir);
    },
    cleanup() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return result;
}

function bundledSnapshotOnce(dir: string): string {
  const file = path.join(dir, 'fixture', 'fixture-snapshot.sqlite');
  return existsSync(file) ? file : createFixtureSnapshot(path.join(dir, 'fixture'));
}

export async function call<T>(app: AppContext, name: string, args: unknown = {}): Promise<T> {
  const result = await app.request(name, args);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
