import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figureKey, type Observation } from '../../src/api/contract/observations';
import { loadDataset, type Dataset } from '../../mock/data/load';
import { openReleaseStore, type ReleaseStore } from './release-store';
import { DatabaseSync } from './sqlite';

const CITY_GDP_2024Q1 = 'gdp 330600 2024Q1 growth real';

/** The dataset with one figure's value changed (and nothing else). */
function withValue(dataset: Dataset, key: string, value: number): Dataset {
  let found = false;
  const observations = dataset.observations.map((o) => {
    if (figureKey(o) !== key) return o;
    found = true;
    return { ...o, value };
  });
  if (!found) throw new Error(`No figure ${key}`);
  return { ...dataset, observations };
}

const figure = (dataset: Dataset, key: string): Observation => {
  const o = dataset.observations.find((x) => figureKey(x) === key);
  if (!o) throw new Error(`No figure ${key}`);
  return o;
};

/** A figure as the mock has it, without the store's release fields. */
const withoutHistory = ({ release, revisions, ...o }: Observation) => o;

let dir: string;
let path: string;
let store: ReleaseStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'release-store-'));
  path = join(dir, 'releases.sqlite');
  store = openReleaseStore(path);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a new release store', () => {
  it('starts with release 1: the shipped dataset, every figure first published in it and none revised', () => {
    const shipped = loadDataset();
    const release = store.currentRelease();
    expect(release).toMatchObject({ number: 1, sourceFile: null });
    expect(release?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(store.releases()).toEqual([release]);

    const dataset = store.dataset();
    expect(dataset.meta).toEqual({
      ...shipped.meta,
      release: { number: 1, date: release!.date, note: release!.note },
    });
    expect(dataset.observations.map(withoutHistory)).toEqual(shipped.observations.map(withoutHistory));
    expect(dataset.observations.every((o) => o.release === 1 && o.revisions.length === 0)).toBe(true);
    for (const key of ['regions', 'indicators', 'targetAreas', 'targets'] as const) {
      expect(dataset[key]).toEqual(shipped[key]);
    }
    expect(
      dataset.targetProgress.map((p) => ({ ...p, observation: p.observation && withoutHistory(p.observation) })),
    ).toEqual(
      shipped.targetProgress.map((p) => ({ ...p, observation: p.observation && withoutHistory(p.observation) })),
    );
  });

  it('is found again when reopened, without a second release', () => {
    store.close();
    store = openReleaseStore(path);
    expect(store.releases().map((r) => r.number)).toEqual([1]);
  });
});

describe('publishing', () => {
  it('adds a numbered, dated release and counts what it added, revised and removed', () => {
    const current = store.dataset();
    const [dropped, ...kept] = current.observations;
    const added: Observation = { ...figure(current, CITY_GDP_2024Q1), id: 'new', period: '2026Q1' };
    const next = withValue({ ...current, observations: [...kept, added] }, CITY_GDP_2024Q1, 8.1);

    const published = store.publish(next, { note: '一季度数据', sourceFile: 'q1.xlsx', date: '2026-12-15' });

    expect(published).toEqual({
      number: 2,
      date: '2026-12-15',
      note: '一季度数据',
      sourceFile: 'q1.xlsx',
      added: 1,
      revised: 1,
      removed: 1,
    });
    expect(store.currentRelease()).toEqual({
      number: 2,
      date: '2026-12-15',
      note: '一季度数据',
      sourceFile: 'q1.xlsx',
    });
    expect(store.dataset().meta.release).toEqual({ number: 2, date: '2026-12-15', note: '一季度数据' });
    expect(store.dataset().observations.some((o) => o.id === dropped!.id)).toBe(false);
  });

  it('gives a revised figure its earlier value with the release and date that published it', () => {
    const first = store.currentRelease()!;
    store.publish(withValue(store.dataset(), CITY_GDP_2024Q1, 8.1), { date: '2026-12-15' });
    store.publish(withValue(store.dataset(), CITY_GDP_2024Q1, 8.3), { date: '2027-01-15' });

    const revised = figure(store.dataset(), CITY_GDP_2024Q1);
    expect(revised.value).toBe(8.3);
    expect(revised.release).toBe(1);
    // Newest first: 8.1 was published in release 2, 7.8 in release 1.
    expect(revised.revisions).toEqual([
      { value: 8.1, release: 2, date: '2026-12-15' },
      { value: 7.8, release: 1, date: first.date },
    ]);
    // An unchanged figure has no revision, and keeps the release that first published it.
    const unchanged = figure(store.dataset(), 'gdp 330600 2024Q1 level');
    expect(unchanged).toMatchObject({ release: 1, revisions: [] });
  });

  it('says in which release a new figure was first published, and carries that forward', () => {
    const current = store.dataset();
    const added: Observation = { ...figure(current, CITY_GDP_2024Q1), id: 'new', period: '2026Q1' };
    store.publish({ ...current, observations: [...current.observations, added] }, { date: '2026-12-15' });
    store.publish(store.dataset(), { date: '2027-01-15' });
    expect(figure(store.dataset(), 'gdp 330600 2026Q1 growth real')).toMatchObject({ release: 2, revisions: [] });
  });

  it('never changes an earlier release: it reads as before, and its rows refuse UPDATE and DELETE', () => {
    const before = store.dataset(1);
    store.publish(withValue(before, CITY_GDP_2024Q1, 8.1), { date: '2026-12-15' });
    expect(store.dataset(1)).toEqual(before);
    expect(figure(store.dataset(1), CITY_GDP_2024Q1)).toMatchObject({ value: 7.8, revisions: [] });

    const db = new DatabaseSync(path);
    try {
      for (const sql of [
        'UPDATE observations SET value = 9 WHERE release = 1',
        'DELETE FROM observations WHERE release = 1',
        "UPDATE releases SET date = '2020-01-01'",
        'DELETE FROM releases',
        "UPDATE sources SET record = '{}'",
        'DELETE FROM targets',
      ]) {
        expect(() => db.exec(sql), sql).toThrow(/never changed/);
      }
    } finally {
      db.close();
    }
    expect(store.dataset(1)).toEqual(before);
  });

  it('refuses a malformed date or a figure given twice, and leaves the store as it was', () => {
    const current = store.dataset();
    expect(() => store.publish(current, { date: '30.11.2026' })).toThrow(/YYYY-MM-DD/);
    expect(() =>
      store.publish({ ...current, observations: [...current.observations, current.observations[0]!] }, {}),
    ).toThrow(/twice/);
    expect(store.releases().map((r) => r.number)).toEqual([1]);
  });

  it('rolls back a release that fails half-way', () => {
    const current = store.dataset();
    const progress = current.targetProgress.find((p) => p.observation !== null)!;
    const broken: Dataset = {
      ...current,
      targetProgress: [{ ...progress, observation: { ...progress.observation!, period: '2031Q1' } }],
    };
    expect(() => store.publish(broken, {})).toThrow(/not among the release's figures/);
    expect(store.releases().map((r) => r.number)).toEqual([1]);
    expect(store.publish(current, {}).number).toBe(2);
  });
});
