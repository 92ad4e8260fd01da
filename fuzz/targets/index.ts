/** Every fuzz target, one per parser (see fuzz/README.md). */
import type { FuzzTarget } from '../lib/target.js';
import { target as compress } from './compress.fuzz.js';
import { target as gguf } from './gguf.fuzz.js';
import { target as jinja } from './jinja.fuzz.js';
import { target as kerasHdf5 } from './keras-hdf5.fuzz.js';
import { target as numpy } from './numpy.fuzz.js';
import { target as onnx } from './onnx.fuzz.js';
import { target as pickleEscape } from './pickle-escape.fuzz.js';
import { target as pickleVm } from './pickle-vm.fuzz.js';
import { target as safetensors } from './safetensors.fuzz.js';
import { target as scanFile } from './scan-file.fuzz.js';
import { target as zip } from './zip.fuzz.js';

export const TARGETS: readonly FuzzTarget[] = [
  pickleVm,
  pickleEscape,
  zip,
  safetensors,
  gguf,
  onnx,
  kerasHdf5,
  numpy,
  compress,
  jinja,
  scanFile,
];
