import type { GateName, Mode, Severity, Waiver } from '../result/types.js';

/** A check's setting in `ml-gates.yml`: a mode, or an object with a mode and the check's options. */
export type CheckSetting = Mode | ({ mode?: Mode; 'fail-on'?: Severity } & Record<string, unknown>);

/** One gate's section of `ml-gates.yml`. Gate-specific options sit beside the common keys. */
export interface GateSection {
  enabled?: boolean;
  'fail-on'?: Severity;
  checks?: Record<string, CheckSetting>;
  waivers?: Waiver[];
  [option: string]: unknown;
}

/** `ml-gates.yml`, validated. */
export interface MlGatesConfig {
  version: 1;
  defaults: { 'fail-on'?: Severity };
  gates: Partial<Record<GateName, GateSection>>;
  /** Globs of the files gates walk from the workspace root (see `collectFiles`). */
  include?: string[];
  /** Globs gates leave out when they walk the workspace. */
  exclude?: string[];
  report?: { formats?: string[]; out?: string };
}

/** A loaded config and where it came from. */
export interface LoadedConfig {
  /** Path as given (for messages); `undefined` when running on defaults. */
  file?: string;
  config: MlGatesConfig;
}
