/**
 * The release store: the reference server's data, as numbered, dated, immutable snapshots of the
 * whole dataset in one SQLite file. Publishing adds a release; nothing published is ever changed
 * (server/store/schema.ts makes that structural). Each figure carries the release that first
 * published it and the earlier values that later releases revised, so a reader can tell a revised
 * figure from one that has always read so.
 *
 *   const store = openReleaseStore('data/releases.sqlite');
 *   store.publish(dataset, { note: '2025年1-6月数据', sourceFile: 'shaoxing-2025h1.xlsx' });
 *   store.dataset();   // the current release, revisions filled
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Source } from '../../src/api/contract/common';
import { figureKey, type Observation, type Revision } from '../../src/api/contract/observations';
import type { Target, TargetProgress } from '../../src/api/contract/targets';
import { loadDataset, type Dataset } from '../../mock/data/load';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema';
import { DatabaseSync } from './sqlite';

/** Where the server and the importer keep releases unless told otherwise (git ignores the folder). */
export const DEFAULT_STORE_PATH = 'data/releases.sqlite';

export interface ReleaseInfo {
  number: number;
  /** YYYY-MM-DD */
  date: string;
  note: string | null;
  sourceFile: string | null;
}

export interface PublishInfo {
  note?: string;
  sourceFile?: string;
  /** YYYY-MM-DD; today (UTC) when left out. */
  date?: string;
}

/** What a release changed against the one before: figures added, revised (published value changed), removed. */
export interface PublishedRelease extends ReleaseInfo {
  added: number;
  revised: number;
  removed: number;
}

export interface ReleaseStore {
  currentRelease(): ReleaseInfo | null;
  releases(): ReleaseInfo[];
  /** The dataset of a release (the current one when left out), with each figure's release and revisions. */
  dataset(release?: number): Dataset;
  publish(dataset: Dataset, info: PublishInfo): PublishedRelease;
  close(): void;
}

/** A source as stored: its row in `sources`, and the phrase the citing figure quotes. */
interface SourceRef {
  s: number;
  q: string | null;
}

interface ReleaseRow {
  number: number;
  date: string;
  note: string | null;
  source_file: string | null;
  meta: string;
}

interface ObservationRow {
  figure_key: string;
  status: string;
  value: number;
  body: string;
  first_release: number;
  value_since: number;
  revisions: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const releaseInfo = (row: ReleaseRow): ReleaseInfo => ({
  number: row.number,
  date: row.date,
  note: row.note,
  sourceFile: row.source_file,
});

/**
 * Opens (or creates) the store at `path`. A new store starts with release 1 = the dataset that
 * ships with the dashboard, so that a clean clone serves the same figures as the mock.
 */
export function openReleaseStore(path: string): ReleaseStore {
  const isNew = path === ':memory:' || !existsSync(path);
  if (isNew && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;');
  const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  if (version === 0) db.exec(SCHEMA_SQL);
  else if (version !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`${path}: release store schema ${version}, this server reads schema ${SCHEMA_VERSION}`);
  }

  const statements = {
    releases: db.prepare('SELECT number, date, note, source_file, meta FROM releases ORDER BY number'),
    release: db.prepare('SELECT number, date, note, source_file, meta FROM releases WHERE number = ?'),
    current: db.prepare('SELECT number, date, note, source_file, meta FROM releases ORDER BY number DESC LIMIT 1'),
    insertRelease: db.prepare(
      'INSERT INTO releases (number, date, note, source_file, published_at, meta) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    sourceId: db.prepare('SELECT id FROM sources WHERE record = ?'),
    insertSource: db.prepare('INSERT INTO sources (record) VALUES (?)'),
    source: db.prepare('SELECT record FROM sources WHERE id = ?'),
    observations: db.prepare(
      'SELECT figure_key, status, value, body, first_release, value_since, revisions FROM observations WHERE release = ? ORDER BY position',
    ),
    insertObservation: db.prepare(
      `INSERT INTO observations (release, position, figure_key, status, value, body, first_release, value_since, revisions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const listTables = ['regions', 'indicators', 'target_areas', 'targets', 'target_progress'] as const;
  type ListTable = (typeof listTables)[number];
  const insertList = Object.fromEntries(
    listTables.map((t) => [t, db.prepare(`INSERT INTO ${t} (release, position, id, body) VALUES (?, ?, ?, ?)`)]),
  ) as Record<ListTable, ReturnType<DatabaseSync['prepare']>>;
  const readList = Object.fromEntries(
    listTables.map((t) => [t, db.prepare(`SELECT body FROM ${t} WHERE release = ? ORDER BY position`)]),
  ) as Record<ListTable, ReturnType<DatabaseSync['prepare']>>;

  /** Source ids by record text: every source is written once, whichever release cites it first. */
  const sourceIds = new Map<string, number>();
  const sourceRef = (source: Source): SourceRef => {
    const { quote, ...record } = source.type === 'illustrative' ? { ...source, quote: null } : source;
    const text = JSON.stringify(record);
    let id = sourceIds.get(text);
    if (id === undefined) {
      const row = statements.sourceId.get(text) as { id: number } | undefined;
      id = row ? row.id : Number(statements.insertSource.run(text).lastInsertRowid);
      sourceIds.set(text, id);
    }
    return { s: id, q: quote };
  };

  const currentRow = () => statements.current.get() as ReleaseRow | undefined;

  function readDataset(number: number): Dataset {
    const release = statements.release.get(number) as ReleaseRow | undefined;
    if (!release) throw new Error(`No release ${number} in the store`);
    const sources = new Map<number, Omit<Source, 'quote'>>();
    const resolve = ({ s, q }: SourceRef): Source => {
      let record = sources.get(s);
      if (!record) {
        const row = statements.source.get(s) as { record: string } | undefined;
        if (!row) throw new Error(`Release ${number} cites source ${s}, which the store does not hold`);
        sources.set(s, (record = JSON.parse(row.record) as Omit<Source, 'quote'>));
      }
      return (q === null ? record : { ...record, quote: q }) as Source;
    };
    const list = <T>(table: ListTable) =>
      (readList[table].all(number) as { body: string }[]).map((row) => JSON.parse(row.body) as T);

    const byKey = new Map<string, Observation>();
    const observations = (statements.observations.all(number) as unknown as ObservationRow[]).map((row) => {
      const stored = JSON.parse(row.body) as StoredObservation;
      const observation: Observation = {
        ...stored,
        source: resolve(stored.source),
        alternatives: stored.alternatives.map((alt) => ({ ...alt, source: resolve(alt.source) })),
        release: row.first_release,
        revisions: JSON.parse(row.revisions) as Revision[],
      };
      byKey.set(row.figure_key, observation);
      return observation;
    });

    const meta = JSON.parse(release.meta) as Dataset['meta'];
    return {
      meta: {
        ...meta,
        release: { number: release.number, date: release.date, ...(release.note ? { note: release.note } : {}) },
      },
      regions: list('regions'),
      indicators: list('indicators'),
      observations,
      targetAreas: list('target_areas'),
      targets: list<StoredCiting<Target>>('targets').map((t) => ({ ...t, source: resolve(t.source) })),
      targetProgress: list<StoredProgress>('target_progress').map((p) => {
        const observation = p.observation === null ? null : byKey.get(p.observation);
        if (observation === undefined) throw new Error(`Release ${number}: progress ${p.id} cites a missing figure`);
        return { ...p, observation, source: resolve(p.source) };
      }),
    };
  }

  function publish(dataset: Dataset, info: PublishInfo): PublishedRelease {
    const date = info.date ?? new Date().toISOString().slice(0, 10);
    if (!DATE.test(date)) throw new Error(`Release date must be YYYY-MM-DD, not "${date}"`);
    const keys = new Set<string>();
    for (const o of dataset.observations) {
      const key = figureKey(o);
      if (keys.has(key)) throw new Error(`The dataset holds the figure ${key} twice`);
      keys.add(key);
    }

    db.exec('BEGIN IMMEDIATE');
    try {
      const previous = currentRow();
      const number = (previous?.number ?? 0) + 1;
      const dates = new Map((statements.releases.all() as unknown as ReleaseRow[]).map((r) => [r.number, r.date]));
      dates.set(number, date);
      const before = new Map(
        previous
          ? (statements.observations.all(previous.number) as unknown as ObservationRow[]).map((r) => [r.figure_key, r])
          : [],
      );
      // The release's own fields are not stored with its meta: they come from its row.
      const { release, ...meta } = dataset.meta;
      statements.insertRelease.run(
        number,
        date,
        info.note ?? null,
        info.sourceFile ?? null,
        new Date().toISOString(),
        JSON.stringify(meta),
      );
      const insertAll = (table: ListTable, items: readonly { id: string }[], encode = (x: unknown) => x) =>
        items.forEach((item, i) => insertList[table].run(number, i, item.id, JSON.stringify(encode(item))));
      insertAll('regions', dataset.regions);
      insertAll('indicators', dataset.indicators);
      insertAll('target_areas', dataset.targetAreas);
      insertAll('targets', dataset.targets, (t) => ({ ...(t as Target), source: sourceRef((t as Target).source) }));
      insertAll('target_progress', dataset.targetProgress, (item) => {
        const p = item as TargetProgress;
        const key = p.observation === null ? null : figureKey(p.observation);
        if (key !== null && !keys.has(key)) {
          throw new Error(`Progress ${p.id} cites the figure ${key}, which is not among the release's figures`);
        }
        return { ...p, observation: key, source: sourceRef(p.source) } satisfies StoredProgress;
      });

      let added = 0;
      let revised = 0;
      dataset.observations.forEach((o, position) => {
        const key = figureKey(o);
        const history = carryHistory(o, before.get(key), number, dates);
        if (!before.has(key)) added++;
        if (history.revised) revised++;
        const { release, revisions, ...rest } = o;
        const stored: StoredObservation = {
          ...rest,
          source: sourceRef(o.source),
          alternatives: o.alternatives.map((alt) => ({ ...alt, source: sourceRef(alt.source) })),
        };
        statements.insertObservation.run(
          number,
          position,
          key,
          o.status,
          o.value,
          JSON.stringify(stored),
          history.firstRelease,
          history.valueSince,
          JSON.stringify(history.revisions),
        );
      });
      const removed = [...before.keys()].filter((key) => !keys.has(key)).length;
      db.exec('COMMIT');
      return { number, date, note: info.note ?? null, sourceFile: info.sourceFile ?? null, added, revised, removed };
    } catch (error) {
      db.exec('ROLLBACK');
      // Ids of sources written in the rolled-back transaction are gone with it.
      sourceIds.clear();
      throw error;
    }
  }

  const store: ReleaseStore = {
    currentRelease: () => {
      const row = currentRow();
      return row ? releaseInfo(row) : null;
    },
    releases: () => (statements.releases.all() as unknown as ReleaseRow[]).map(releaseInfo),
    dataset: (release) => {
      const number = release ?? currentRow()?.number;
      if (number === undefined) throw new Error('The store holds no release yet');
      return readDataset(number);
    },
    publish,
    close: () => db.close(),
  };

  if (!currentRow())
    store.publish(loadDataset(), { note: '随看板发布的数据集 / The dataset shipped with the dashboard' });
  return store;
}

type StoredCiting<T> = Omit<T, 'source'> & { source: SourceRef };
type StoredObservation = Omit<Observation, 'source' | 'alternatives' | 'release' | 'revisions'> & {
  source: SourceRef;
  alternatives: (Omit<Observation['alternatives'][number], 'source'> & { source: SourceRef })[];
};
type StoredProgress = Omit<TargetProgress, 'source' | 'observation'> & {
  source: SourceRef;
  observation: string | null;
};

/**
 * A figure's history in the new release, from its row in the release before. Only published values
 * count: a published figure whose value changed is revised (its earlier value goes to the front of
 * its revisions, with the release and date that first published that value); an unchanged one keeps
 * its history; a figure that is new, or was only illustrative before, is first published now.
 * Illustrative values are never data, so they have no revisions.
 */
function carryHistory(
  figure: Observation,
  before: ObservationRow | undefined,
  release: number,
  dates: ReadonlyMap<number, string>,
): { firstRelease: number; valueSince: number; revisions: Revision[]; revised: boolean } {
  const fresh = { firstRelease: release, valueSince: release, revisions: [], revised: false };
  if (!before || before.status !== figure.status) return fresh;
  const revisions = JSON.parse(before.revisions) as Revision[];
  if (figure.status !== 'published' || before.value === figure.value) {
    return { firstRelease: before.first_release, valueSince: before.value_since, revisions, revised: false };
  }
  const earlier: Revision = { value: before.value, release: before.value_since, date: dates.get(before.value_since)! };
  return { firstRelease: before.first_release, valueSince: release, revisions: [earlier, ...revisions], revised: true };
}
