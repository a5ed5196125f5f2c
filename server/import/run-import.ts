/**
 * `npm run data:import`, without its argument parsing: check a file, print every error as a table
 * (sheet, row, column, what is wrong, what was expected), and publish a file that passes as a new
 * release. Returns the process exit code. The store is passed in, so the same code runs against the
 * reference server's store and against a test's.
 */
import { basename } from 'node:path';
import { loadDataset, type Dataset } from '../../mock/data/load';
import { importWorkbook, type ImportError } from './import-workbook';
import type { ReleaseStore } from '../store/release-store';

/** Opens the release store at a path: the reference server's, or a test's own. */
export type OpenStore = (path: string) => ReleaseStore;

export type MessageLanguage = 'zh' | 'en' | 'both';

export interface ImportOptions {
  /** An .xlsx workbook, or the .csv files of one import. */
  file: string | readonly string[];
  dbPath: string;
  note?: string;
  /** Check the file and say what it would change, publishing nothing. */
  dryRun?: boolean;
  /** Language of the messages; both by default, since whoever fixes the file may read either. */
  language?: MessageLanguage;
}

export interface ImportDeps {
  openStore: OpenStore;
  /** Where lines are printed; the console by default. */
  print?: (line: string) => void;
  /** The dataset a first import extends when the store holds no release yet: the shipped dataset. */
  shippedDataset?: () => Dataset;
}

export async function runImport(options: ImportOptions, deps: ImportDeps): Promise<number> {
  const print = deps.print ?? ((line: string) => console.log(line));
  const language = options.language ?? 'both';
  const say = (zh: string, en: string) => print(language === 'zh' ? zh : language === 'en' ? en : `${zh} / ${en}`);
  const files = typeof options.file === 'string' ? [options.file] : [...options.file];

  let store: ReleaseStore | null = null;
  try {
    store = deps.openStore(options.dbPath);
  } catch (error) {
    if (!options.dryRun) {
      say(
        `无法打开发布库 ${options.dbPath}：${(error as Error).message}`,
        `cannot open the release store ${options.dbPath}: ${(error as Error).message}`,
      );
      return 1;
    }
    say('发布库不可用，按随看板发布的数据检查', 'release store not available: checking against the shipped dataset');
  }
  try {
    const current = store?.currentRelease() ?? null;
    const base = current && store ? store.dataset() : (deps.shippedDataset ?? loadDataset)();
    if (store && !current)
      say(
        '发布库中尚无发布，以随看板发布的数据为基础',
        'the store has no release yet: the shipped dataset is the base',
      );

    const result = await importWorkbook(files, base);
    if (!result.ok) {
      for (const line of errorTable(result.errors, language)) print(line);
      say(`文件未导入：${result.errors.length} 处错误`, `file not imported: ${result.errors.length} error(s)`);
      return 1;
    }
    const { added, revised, amended, unchanged } = result.changes;
    const counts = [
      `新增 ${added}，修订 ${revised}，更正来源或说明 ${amended}，未变 ${unchanged}`,
      `${added} added, ${revised} revised, ${amended} amended (source or note), ${unchanged} unchanged`,
    ] as const;
    if (options.dryRun || !store) {
      say(`检查通过（未发布）：${counts[0]}`, `check passed (nothing published): ${counts[1]}`);
      return 0;
    }
    const published = store.publish(result.dataset, {
      ...(options.note !== undefined && { note: options.note }),
      sourceFile: files.map((f) => basename(f)).join(', '),
    });
    say(
      `已发布第 ${published.number} 版：新增 ${published.added}，修订 ${published.revised}，删除 ${published.removed}`,
      `published release ${published.number}: ${published.added} added, ${published.revised} revised, ${published.removed} removed`,
    );
    return 0;
  } finally {
    store?.close();
  }
}

const HEADINGS = {
  sheet: { zh: '工作表', en: 'sheet' },
  row: { zh: '行', en: 'row' },
  column: { zh: '列', en: 'column' },
  problem: { zh: '问题', en: 'what is wrong' },
  expected: { zh: '应为', en: 'expected' },
} as const;

/** Errors as a plain-text table, aligned for Chinese text too; in both languages, each error has a line in each. */
export function errorTable(errors: readonly ImportError[], language: MessageLanguage): string[] {
  const languages = language === 'both' ? (['zh', 'en'] as const) : ([language] as const);
  const heading = (key: keyof typeof HEADINGS) => languages.map((l) => HEADINGS[key][l]).join(' ');
  const rows: string[][] = [
    [heading('sheet'), heading('row'), heading('column'), heading('problem'), heading('expected')],
  ];
  for (const e of errors) {
    languages.forEach((l, i) => {
      rows.push(
        i === 0
          ? [e.sheet, e.row === null ? '—' : String(e.row), e.column ?? '—', e.problem[l], e.expected[l]]
          : ['', '', '', e.problem[l], e.expected[l]],
      );
    });
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c]!))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell + ' '.repeat(widths[c]! - displayWidth(cell))))
      .join(' │ ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)];
}

/** Columns a terminal gives a string: Chinese characters and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)
      ? 2
      : 1;
  return width;
}
