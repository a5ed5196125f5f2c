/**
 * Authoring format of the dataset files in this folder. It is close to the API contract but
 * keeps each source once (sources.json) and leaves out fields that default, so the files stay
 * readable for review against the source documents. `load.ts` turns them into contract objects.
 */
import { z } from 'zod';
import {
  indicatorId,
  localizedText,
  partialDate,
  periodId,
  regionId,
  reliability,
} from '../../src/api/contract/common';
import { indicator } from '../../src/api/contract/indicators';
import { measure, rankInfo } from '../../src/api/contract/observations';
import { region } from '../../src/api/contract/regions';
import { indicatorRef, targetArea, targetKind, targetOperator } from '../../src/api/contract/targets';

export const sourceEntry = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('document'),
    document: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
    title: z.string().min(1),
    titleEn: z.string().min(1).optional(),
    /** Issuing body, from the document itself; 未署名 where it names none. */
    issuer: z.string().min(1),
    issuerEn: z.string().min(1).optional(),
    date: partialDate.nullable(),
    reliability,
    note: z.string().optional(),
  }),
  z.object({
    type: z.literal('web'),
    url: z.url(),
    title: z.string().min(1),
    titleEn: z.string().min(1).optional(),
    /** The issuing body of the page (sent as the source's `issuer`). */
    publisher: z.string().nullable(),
    publisherEn: z.string().min(1).optional(),
    date: partialDate.nullable(),
    reliability,
    note: z.string().optional(),
  }),
]);
export const sourcesFile = z.record(z.string().regex(/^[a-z0-9-]+$/), sourceEntry);

const citation = {
  /** Key into sources.json. */
  source: z.string().min(1),
  /** The exact phrase of the source, copied character for character (spaces may be dropped). */
  quote: z.string().min(1),
};

export const observationEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  indicator: indicatorId,
  region: regionId,
  period: periodId,
  measure,
  value: z.number().finite(),
  unit: z.string().min(1),
  growthBasis: z.enum(['real', 'nominal']).optional(),
  rank: rankInfo.optional(),
  ...citation,
  note: localizedText.optional(),
  alternatives: z.array(z.object({ value: z.number(), ...citation, note: localizedText })).optional(),
});
export type ObservationEntry = z.infer<typeof observationEntry>;

export const targetEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  year: z.number().int(),
  owner: regionId,
  area: z.string().min(1),
  text: localizedText,
  kind: targetKind,
  operator: targetOperator,
  value: z.number().nullable(),
  unit: z.string().nullable(),
  linked: indicatorRef.nullable(),
  relatedTo: indicatorRef.nullable(),
  ...citation,
});
export type TargetEntry = z.infer<typeof targetEntry>;

export const progressEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  target: z.string().min(1),
  region: regionId,
  period: periodId,
  /** Id of the observation that states the progress, for numeric progress. */
  observation: z.string().nullable(),
  /** Progress in words, for qualitative targets or counts that fit no indicator. */
  text: localizedText.nullable(),
  /** The observation is the share of the annual target completed (千项万亿 26.7%), not an amount to divide. */
  completionShare: z.boolean().default(false),
  ...citation,
});
export type ProgressEntry = z.infer<typeof progressEntry>;

export const dataset = {
  // The report period of a peer is derived from its figures (load.ts), not written by hand.
  regions: z.array(region.omit({ reportPeriod: true })),
  indicators: z.array(indicator),
  sources: sourcesFile,
  observations: z.array(observationEntry),
  targetAreas: z.array(targetArea),
  targets: z.array(targetEntry),
  targetProgress: z.array(progressEntry),
};
