/**
 * What a check found, and the report a person (or a machine, with --json) reads: one line per
 * check, and for a failure what was wrong, a request that shows it, and what was expected.
 */

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skip';

export interface Finding {
  /** What was wrong, in one sentence. */
  problem: string;
  /** A request that shows it, to repeat with curl or a browser. */
  url: string | null;
  expected: string;
}

export interface CheckResult {
  name: string;
  status: CheckStatus;
  /** For a pass: what was checked (counts); for a warning or a skip: why. */
  detail: string | null;
  /** Every problem found, the first ones shown in the text report. */
  findings: Finding[];
}

export interface Report {
  base: string;
  /** The origin the CORS checks sent, so the reader knows which dashboard origin was tested; null with --same-origin. */
  origin: string | null;
  durationMs: number;
  requests: number;
  summary: Record<CheckStatus, number> & { checks: number };
  checks: CheckResult[];
}

export const pass = (name: string, detail: string | null = null): CheckResult => ({
  name,
  status: 'pass',
  detail,
  findings: [],
});

export const warn = (name: string, detail: string): CheckResult => ({ name, status: 'warn', detail, findings: [] });

export const skip = (name: string, detail: string): CheckResult => ({ name, status: 'skip', detail, findings: [] });

/** A failure when anything was found, else a pass with `detail`. */
export function judged(name: string, findings: Finding[], detail: string | null = null): CheckResult {
  return findings.length > 0 ? { name, status: 'fail', detail: null, findings } : pass(name, detail);
}

export function summarize(checks: readonly CheckResult[]): Report['summary'] {
  const summary = { checks: checks.length, pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of checks) summary[check.status]++;
  return summary;
}

/** Exit code of a run: 1 when a check failed, else 0 (a skipped check follows a failed one, or is CORS under --same-origin). */
export const exitCode = (report: Report): number => (report.summary.fail > 0 ? 1 : 0);

const FINDINGS_SHOWN = 3;

export function formatReport(report: Report): string {
  const lines = [`api:check ${report.base}  (CORS origin tested: ${report.origin ?? 'none, --same-origin'})`, ''];
  for (const check of report.checks) {
    const label = check.status.toUpperCase().padEnd(4);
    const first = check.findings[0];
    const count = check.findings.length > 1 ? ` (${check.findings.length} problems)` : '';
    const text = first ? first.problem : check.detail;
    lines.push(`${label}  ${check.name}${count}${text ? ` — ${text}` : ''}`);
    for (const [i, finding] of check.findings.slice(0, FINDINGS_SHOWN).entries()) {
      if (i > 0) lines.push(`        also: ${finding.problem}`);
      if (finding.url) lines.push(`        request:  ${finding.url}`);
      lines.push(`        expected: ${finding.expected}`);
    }
    if (check.findings.length > FINDINGS_SHOWN) {
      lines.push(`        … and ${check.findings.length - FINDINGS_SHOWN} more (--json lists them all)`);
    }
  }
  const { checks, pass: passed, fail, warn: warned, skip: skipped } = report.summary;
  lines.push(
    '',
    `${checks} checks: ${passed} passed, ${fail} failed, ${warned} warnings${skipped ? `, ${skipped} skipped` : ''}` +
      ` in ${(report.durationMs / 1000).toFixed(1)} s (${report.requests} requests)`,
  );
  return lines.join('\n');
}
