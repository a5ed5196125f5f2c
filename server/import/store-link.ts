/**
 * Where the importer meets the release store (server/store/). The importer needs only what is named
 * here; the store is opened through this one module, so that the importer and its tests (which pass
 * a store of their own) do not depend on how releases are kept.
 */
import type { Dataset } from '../../mock/data/load';

/** What the importer reads of a release. */
export interface ReleaseInfo {
  /** The release number, counted from 1. */
  release: number;
}

export interface PublishInfo {
  note?: string;
  sourceFile?: string;
  date?: string;
}

export interface ReleaseStore {
  currentRelease(): ReleaseInfo | null;
  dataset(release?: number): Dataset;
  publish(dataset: Dataset, info: PublishInfo): ReleaseInfo & { added: number; revised: number; removed: number };
  close(): void;
}

export type OpenStore = (path: string) => ReleaseStore;

/** The release store of the reference server; not part of this build yet, so importing can only be checked (`--dry-run`). */
export const openStore: OpenStore = () => {
  throw new Error('release store not available');
};
