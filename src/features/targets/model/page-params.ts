/**
 * The tracker's own URL parameters: status, area, q (search words) and target (the open detail).
 * Each is parsed on its own; an invalid value is dropped and reported, the others stay.
 */
import { z } from 'zod';
import { TARGET_STATUSES, type TargetStatus } from '../../../domain/targets';
import { readParams } from '../../../filters/url-params';

export const TARGET_PARAM_NAMES = ['status', 'area', 'q', 'target'] as const;
export type TargetParamName = (typeof TARGET_PARAM_NAMES)[number];

export interface TargetParams {
  status?: TargetStatus;
  area?: string;
  q?: string;
  target?: string;
}

export interface InvalidTargetParam {
  param: TargetParamName;
  value: string;
}

const idPattern = /^[a-z0-9-]{1,80}$/;

/** The area and target ids the data has, against which the link's are checked. */
export function targetParamIds(data: { areas: readonly { id: string }[]; targets: readonly { id: string }[] }) {
  return { areas: data.areas.map((a) => a.id), targets: data.targets.map((x) => x.id) };
}

/** Area and target ids are checked against the data once it is there: `known` holds them. */
export function readTargetParams(
  search: URLSearchParams,
  known: { areas: readonly string[]; targets: readonly string[] } | null,
): { params: TargetParams; invalid: InvalidTargetParam[] } {
  const schemas: Record<TargetParamName, z.ZodType<string>> = {
    status: z.enum(TARGET_STATUSES),
    area: z
      .string()
      .regex(idPattern)
      .refine((id) => !known || known.areas.includes(id)),
    q: z.string().max(100),
    target: z
      .string()
      .regex(idPattern)
      .refine((id) => !known || known.targets.includes(id)),
  };
  return readParams<TargetParamName, TargetParams>(search, schemas);
}

/**
 * Removes from `search` the tracker parameters that are invalid (against the data, once `known`
 * holds its ids) and returns them, for the URL guard.
 */
export function guardTargetParams(
  search: URLSearchParams,
  known: { areas: readonly string[]; targets: readonly string[] } | null = null,
): InvalidTargetParam[] {
  const { invalid } = readTargetParams(search, known);
  for (const { param } of invalid) search.delete(param);
  return invalid;
}

/** A copy of `search` with the changes applied; an empty value removes the parameter. */
export function writeTargetParams(
  search: URLSearchParams,
  changes: Partial<Record<TargetParamName, string | undefined>>,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(name);
    else next.set(name, value);
  }
  return next;
}
