import { CitationWriter } from '../api/contract/citations';
import type { Observation } from '../api/contract/observations';

/** A GET /observations body as the API sends it, sources and quotes by reference. */
export function observationsBody(observations: readonly Observation[]) {
  const writer = new CitationWriter();
  const data = observations.map((o) => writer.observation(o));
  return { data, ...writer.tables };
}
