/** The shape every fuzz target module exports as `target` (its `fuzz` export is `target.fuzz`). */
import { isKnownBug } from './oracle.js';
import type { SeedFile } from './seeds.js';

export interface FuzzTarget {
  /** Short name: the module `fuzz/targets/<name>.fuzz.ts`, the corpus `node_modules/.cache/ml-gates-fuzz/corpus/<name>/`. */
  name: string;
  /** The code under test, for the driver's summary and the README. */
  parser: string;
  /** The fuzz function does no async work: Jazzer runs it in `--sync` mode (several times faster). */
  sync: boolean;
  /** Seed inputs derived from one fixture (usually: the fixture itself when its format fits). */
  seeds(file: SeedFile): Buffer[] | Promise<Buffer[]>;
  /** Seed inputs from outside the fixtures (e.g. the red-team corpus), added once per run. */
  extraSeeds?(): Buffer[];
  /**
   * The file this target scans for an input, when it is not the input itself (the NumPy and HDF5 targets
   * put the format's signature in front): the regression test scans the same bytes.
   */
  asFile?(data: Buffer): Buffer;
  /** Runs the parser on one input; throws only for a bug (see lib/oracle.ts). */
  fuzz(data: Buffer): void | Promise<void>;
  /** Libraries (paths under the repository, e.g. `node_modules/lz4js/`) instrumented along with the scanner. */
  instrument?: string[];
  /** Jazzer bug detectors that do not apply (with the reason in the target's comment). */
  disableBugDetectors?: string[];
}

/** The function Jazzer calls: the target's, with the known bugs (see isKnownBug) let through. */
export function entry(t: FuzzTarget): (data: Buffer) => void | Promise<void> {
  if (t.sync)
    return (data) => {
      try {
        t.fuzz(data);
      } catch (error) {
        if (!isKnownBug(error)) throw error;
      }
    };
  return async (data) => {
    try {
      await t.fuzz(data);
    } catch (error) {
      if (!isKnownBug(error)) throw error;
    }
  };
}
