import type { Finding, Location, Severity } from '@ml-gates/core';

/** The checks of the model-scan gate; every rule id starts with its check's id. */
export const CHECK_IDS = ['pickle', 'archive', 'formats', 'templates', 'secrets', 'coverage'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** Rule ids and their check, default severity and help text. */
export interface RuleInfo {
  check: CheckId;
  help: string;
}

/** Where we are inside a file: the path, the chain of archive members, plus the stream kind. */
export interface Where {
  path: string;
  /** Archive members from outermost to innermost (`model.zip`, `archive/data.pkl`, `#nested@120`). */
  members: string[];
}

export function memberOf(where: Where): string | undefined {
  return where.members.length > 0 ? where.members.join(' > ') : undefined;
}

export function locate(where: Where, offset?: number): Location {
  const member = memberOf(where);
  return {
    path: where.path,
    ...(member === undefined ? {} : { member }),
    ...(offset === undefined ? {} : { offset }),
  };
}

export function inner(where: Where, member: string): Where {
  return { path: where.path, members: [...where.members, member] };
}

/** A finding tagged with the check that reports it. */
export interface TaggedFinding extends Finding {
  check: CheckId;
}

/** Collects findings of one file; caps their number so a hostile file cannot flood the report. */
export class FindingSink {
  readonly findings: TaggedFinding[] = [];
  private readonly seen = new Set<string>();
  dropped = 0;

  constructor(private readonly max = 200) {}

  add(check: CheckId, ruleId: string, severity: Severity, message: string, location: Location, help?: string): void {
    const key = `${ruleId}|${message}|${location.member ?? ''}|${location.offset ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (this.findings.length >= this.max) {
      this.dropped++;
      return;
    }
    this.findings.push({ check, ruleId, severity, message, location, ...(help ? { help } : {}) });
  }
}

/** Raised by parsers for a structural problem; the scanner turns it into an `unscannable` finding. */
export class ScanError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'ScanError';
  }
}

/** Raised when a limit (size, time, depth) is reached. */
export class LimitError extends ScanError {
  override name = 'LimitError';
}
