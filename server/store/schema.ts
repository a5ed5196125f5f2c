/**
 * The tables of the release store. A release is a numbered, dated snapshot of the whole dataset;
 * every row of the dataset's tables is keyed by the release it belongs to, and rows are only ever
 * added: the triggers refuse an UPDATE or a DELETE on any of them, so a published release cannot be
 * changed in place by this code, by an import gone wrong, or by someone at the sqlite3 prompt.
 *
 * Sources are stored once and shared by the releases that cite them (content-addressed: a changed
 * source is a new row); the phrase a figure quotes stays with the figure.
 */
export const SCHEMA_VERSION = 1;

const DATASET_TABLES = ['regions', 'indicators', 'target_areas', 'targets', 'target_progress', 'observations'];
const APPEND_ONLY_TABLES = ['releases', 'sources', ...DATASET_TABLES];

/** The rows of one release's list, in the order the dataset gave them. */
const listTable = (name: string, extra = '') => `
  CREATE TABLE ${name} (
    release INTEGER NOT NULL REFERENCES releases(number),
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    body TEXT NOT NULL,${extra}
    PRIMARY KEY (release, position)
  ) STRICT;`;

export const SCHEMA_SQL = `
  CREATE TABLE releases (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    note TEXT,
    source_file TEXT,
    published_at TEXT NOT NULL,
    meta TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    record TEXT NOT NULL UNIQUE
  ) STRICT;

  ${listTable('regions')}
  ${listTable('indicators')}
  ${listTable('target_areas')}
  ${listTable('targets')}
  ${listTable('target_progress')}

  -- One row per figure and release. first_release and value_since carry the figure's history
  -- forward; revisions holds its earlier values, newest first (JSON), fixed when the row is written.
  CREATE TABLE observations (
    release INTEGER NOT NULL REFERENCES releases(number),
    position INTEGER NOT NULL,
    figure_key TEXT NOT NULL,
    status TEXT NOT NULL,
    value REAL NOT NULL,
    body TEXT NOT NULL,
    first_release INTEGER NOT NULL,
    value_since INTEGER NOT NULL,
    revisions TEXT NOT NULL,
    PRIMARY KEY (release, position),
    UNIQUE (release, figure_key)
  ) STRICT;

  ${APPEND_ONLY_TABLES.map(
    (table) => `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, 'a published release is never changed: publish a new one'); END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, 'a published release is never changed: publish a new one'); END;`,
  ).join('')}

  PRAGMA user_version = ${SCHEMA_VERSION};
`;
