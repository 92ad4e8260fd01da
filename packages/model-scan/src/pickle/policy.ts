/**
 * Allowlist-first policy for the callables a pickle imports. An import is safe only when its full name is
 * on the allowlist (built in, or added in ml-gates.yml with a justification). The denylist only decides how
 * bad the rest is: known code-execution primitives are `critical`, anything else unknown is `medium`.
 */
import type { Severity } from '@ml-gates/core';
import { KNOWN_GLOBALS } from './known-globals.js';

export interface AllowlistEntry {
  /** `module.qualname`, or `module.prefix.*` for every CamelCase class directly or indirectly under it. */
  name: string;
  justification: string;
}

/**
 * Built-in allowlist: callables the common frameworks put in their pickles, by exact name where they are
 * defined. The classes and reconstructors of scikit-learn, pandas, SciPy sparse, NumPy and PyTorch modules are
 * generated from the libraries themselves (known-globals.ts): a module that re-exports `io.BytesIO` adds
 * nothing. Left out on purpose: joblib's `NDArrayWrapper`/`ZNDArrayWrapper` (joblib.load then calls
 * numpy.load(allow_pickle=True) on a path named in the file) and `torch._utils._set_obj_state` (sets any
 * attribute). Only the gradient-boosting libraries, not installed here, keep class wildcards (`.*`).
 */
export const SAFE_GLOBALS: readonly string[] = [
  // Python builtins used by ordinary pickles
  'builtins.set',
  'builtins.frozenset',
  'builtins.dict',
  'builtins.list',
  'builtins.tuple',
  'builtins.bytearray',
  'builtins.bytes',
  'builtins.complex',
  'builtins.int',
  'builtins.float',
  'builtins.str',
  'builtins.bool',
  'builtins.slice',
  'builtins.range',
  'builtins.object',
  'builtins.NoneType',
  'builtins.Ellipsis',
  'builtins.NotImplemented',
  'copyreg._reconstructor',
  'copyreg.__newobj__',
  'copyreg.__newobj_ex__',
  '_codecs.encode',
  'codecs.encode',
  'collections.OrderedDict',
  'collections.defaultdict',
  'collections.Counter',
  'collections.deque',
  'collections.namedtuple',
  'datetime.datetime',
  'datetime.date',
  'datetime.time',
  'datetime.timedelta',
  'datetime.timezone',
  'decimal.Decimal',
  'fractions.Fraction',
  'uuid.UUID',
  'argparse.Namespace',
  'types.SimpleNamespace',
  'pathlib.PosixPath',
  'pathlib.WindowsPath',
  'pathlib.PurePosixPath',
  'pathlib.PureWindowsPath',
  'pathlib.Path',
  'enum.Enum',
  // PyTorch tensors, storages, parameters, modules
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state',
  'torch._utils._rebuild_sparse_tensor',
  'torch._utils._rebuild_sparse_csr_tensor',
  'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_nested_tensor',
  'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._utils._rebuild_meta_tensor_no_storage',
  'torch._utils._rebuild_wrapper_subclass',
  'torch._utils._rebuild_xla_tensor',
  'torch._utils._rebuild_mps_tensor',
  'torch._tensor._rebuild_from_type',
  'torch._tensor._rebuild_from_type_v2',
  'torch.serialization._get_layout',
  'torch.device',
  'torch.Size',
  'torch.Tensor',
  'torch.dtype',
  'torch.layout',
  'torch.memory_format',
  'torch.strided',
  'torch.sparse_coo',
  'torch.contiguous_format',
  'torch.channels_last',
  'torch.preserve_format',
  'torch.per_tensor_affine',
  'torch.per_channel_affine',
  'torch.storage.UntypedStorage',
  'torch.storage.TypedStorage',
  'torch.storage._StorageBase',
  'torch.FloatStorage',
  'torch.DoubleStorage',
  'torch.HalfStorage',
  'torch.BFloat16Storage',
  'torch.LongStorage',
  'torch.IntStorage',
  'torch.ShortStorage',
  'torch.CharStorage',
  'torch.ByteStorage',
  'torch.BoolStorage',
  'torch.ComplexFloatStorage',
  'torch.ComplexDoubleStorage',
  'torch.QUInt8Storage',
  'torch.QInt8Storage',
  'torch.QInt32Storage',
  'torch.QUInt4x2Storage',
  'torch.QUInt2x4Storage',
  'torch.UntypedStorage',
  'torch.float32',
  'torch.float',
  'torch.float64',
  'torch.double',
  'torch.float16',
  'torch.half',
  'torch.bfloat16',
  'torch.int64',
  'torch.long',
  'torch.int32',
  'torch.int',
  'torch.int16',
  'torch.short',
  'torch.int8',
  'torch.uint8',
  'torch.bool',
  'torch.complex64',
  'torch.complex128',
  'torch.qint8',
  'torch.quint8',
  'torch.qint32',
  'torch.float8_e4m3fn',
  'torch.float8_e5m2',
  'torch.uint16',
  'torch.uint32',
  'torch.uint64',
  'torch.nn.parameter.Parameter',
  'torch.nn.parameter.Buffer',
  'torch.nn.parameter.UninitializedParameter',
  'torch.torch_version.TorchVersion',
  // activation functions modules keep as attributes (TransformerEncoderLayer(activation='relu'|'gelu')): tensor maths
  ...[
    'relu',
    'silu',
    'elu',
    'leaky_relu',
    'tanh',
    'sigmoid',
    'softmax',
    'log_softmax',
    'mish',
    'hardswish',
    'relu6',
    'selu',
    'celu',
    'glu',
    'hardtanh',
    'softsign',
    'tanhshrink',
  ].map((f) => `torch.nn.functional.${f}`),
  'torch._C._nn.gelu',
  'torch._C._nn.softplus',
  // NumPy
  'numpy.core.multiarray._reconstruct',
  'numpy._core.multiarray._reconstruct',
  'numpy.ndarray',
  'numpy.dtype',
  'numpy.core.multiarray.scalar',
  'numpy._core.multiarray.scalar',
  'numpy.core.numeric._frombuffer',
  'numpy._core.numeric._frombuffer',
  'numpy.ma.core._mareconstruct',
  'numpy.ma.core.MaskedArray',
  'numpy.random._pickle.__randomstate_ctor',
  'numpy.random._pickle.__generator_ctor',
  'numpy.random._pickle.__bit_generator_ctor',
  'numpy.random.mtrand.RandomState',
  'numpy.random._mt19937.MT19937',
  'numpy.random._pcg64.PCG64',
  'numpy.random._generator.Generator',
  'numpy.random.bit_generator.SeedSequence',
  'numpy.float64',
  'numpy.float32',
  'numpy.int64',
  'numpy.int32',
  'numpy.bool_',
  // scikit-learn, SciPy, gradient boosting, joblib
  'scipy.sparse._csr.csr_matrix',
  'scipy.sparse._csc.csc_matrix',
  'scipy.sparse._coo.coo_matrix',
  'scipy.sparse.csr.csr_matrix',
  'scipy.sparse.csc.csc_matrix',
  'scipy.sparse._csr.csr_array',
  'scipy.sparse._csc.csc_array',
  'xgboost.*',
  'lightgbm.*',
  'catboost.*',
  'joblib.numpy_pickle.NumpyArrayWrapper',
  // the scorer a fitted GridSearchCV keeps when `scoring` is None (calls estimator.score)
  'sklearn.metrics._scorer._passthrough_scorer',
  // pandas data frames
  'pandas.core.frame.DataFrame',
  'pandas.core.series.Series',
  'pandas.core.internals.managers.BlockManager',
  'pandas.core.indexes.base.Index',
  'pandas.core.indexes.range.RangeIndex',
  'pandas.core.indexes.base._new_Index',
  'pandas._libs.internals._unpickle_block',
  'pandas.core.internals.blocks.new_block',
  // Lightning checkpoints
  'pytorch_lightning.utilities.parsing.AttributeDict',
  'lightning.fabric.utilities.data.AttributeDict',
  'lightning_fabric.utilities.data.AttributeDict',
  'lightning.pytorch.utilities.parsing.AttributeDict',
  'omegaconf.dictconfig.DictConfig',
  'omegaconf.listconfig.ListConfig',
  'omegaconf.base.ContainerMetadata',
  'omegaconf.base.Metadata',
  'omegaconf.nodes.AnyNode',
  'typing.Any',
  // time zones in pandas and datetime pickles (reconstructors that look a zone up by name)
  'pytz._UTC',
  'pytz._p',
  'pytz.tzfile.DstTzInfo',
  'pytz.tzfile.StaticTzInfo',
  'pytz.tzinfo.DstTzInfo',
  'pytz.tzinfo.StaticTzInfo',
  'zoneinfo.ZoneInfo',
  'zoneinfo.ZoneInfo._unpickle',
  'dateutil.tz.tz.tzutc',
  'dateutil.tz.tz.tzoffset',
  'dateutil.tz.tz.tzlocal',
  'dateutil.tz.tz.tzfile',
  'dateutil.tz.tz._ttinfo',
  'dateutil.relativedelta.relativedelta',
];

/** Whole modules (and everything under them) that give code execution, file, process or network access. */
const DANGEROUS_MODULES = [
  'os',
  'posix',
  'nt',
  'posixpath',
  'ntpath',
  'subprocess',
  '_posixsubprocess',
  'builtins',
  '__builtin__',
  '__builtins__',
  'exceptions',
  'runpy',
  'importlib',
  'imp',
  'pkgutil',
  'pip',
  'ensurepip',
  'setuptools',
  'distutils',
  'venv',
  'webbrowser',
  'antigravity', // importing it calls webbrowser.open
  'code',
  'codeop',
  'pty',
  'ctypes',
  '_ctypes',
  'socket',
  '_socket',
  'shutil',
  'sys',
  'marshal',
  'types',
  'operator',
  '_operator',
  'functools',
  '_functools',
  'cProfile',
  'profile',
  'trace',
  'doctest',
  'pydoc',
  'pdb',
  'bdb',
  'timeit',
  'multiprocessing',
  '_multiprocessing',
  'pickle',
  '_pickle',
  'cPickle',
  'pickletools',
  'dill',
  'cloudpickle',
  'shelve',
  'joblib',
  'commands',
  'popen2',
  'asyncio',
  'idlelib',
  'lib2to3',
  'imaplib',
  'ftplib',
  'smtplib',
  'poplib',
  'nntplib',
  'telnetlib',
  'http',
  'urllib',
  'urllib2',
  'httplib',
  'requests',
  'xmlrpc',
  'xmlrpclib',
  'socketserver',
  'signal',
  'tempfile',
  'glob',
  'io',
  '_io',
  'fileinput',
  'zipimport',
  'site',
  'sysconfig',
  'platform',
  'gc',
  'threading',
  '_thread',
  'thread',
  'concurrent',
  'select',
  'mmap',
  'resource',
  'fcntl',
  'tkinter',
  'turtle',
  'linecache',
  'inspect',
  'ast',
  'dis',
  'zipfile',
  'tarfile',
  'shlex',
  'getpass',
  'uuid',
  'weakref',
  'copy',
  'numpy.testing',
  'numpy.f2py',
  'numpy.distutils',
  'torch.hub',
  'torch.utils.cpp_extension',
  'torch.utils.collect_env',
  'torch._dynamo',
  'torch._inductor',
  'torch.jit',
  'torch.package',
  'torch.ops',
  'torch._ops',
  'torch.classes',
  'torch.backends',
  'torch.distributed',
  'torch.multiprocessing',
  'torch.testing',
  'torch.fx',
  'torch.compiler',
  'keras',
  'tensorflow',
  'jax',
  'IPython',
  'jinja2',
  'yaml',
  'paramiko',
  'fabric',
  'invoke',
];

/** Individual callables outside the dangerous modules that execute, load or reach code. */
const DANGEROUS_NAMES = [
  'torch.load',
  'torch.save',
  'torch.serialization.load',
  'torch.storage._load_from_bytes',
  'torch._load_global_deps',
  'numpy.load',
  'numpy.loads',
  'numpy.save',
  'numpy.fromfile',
  'numpy.tofile',
  'numpy.lib.npyio.load',
  'numpy.lib._npyio_impl.load',
  'numpy.core.multiarray.fromfile',
  'pandas.read_pickle',
  'pandas.io.pickle.read_pickle',
  'sklearn.externals.joblib.load',
  'torch.Tensor.__reduce_ex__',
  'builtins.getattr',
];

/** Callables that load a nested pickle (or an archive holding one) from bytes handed to them. */
export const LOADERS = new Set([
  'pickle.loads',
  'pickle.load',
  '_pickle.loads',
  '_pickle.load',
  'cPickle.loads',
  'dill.loads',
  'dill.load',
  'cloudpickle.loads',
  'joblib.load',
  'torch.load',
  'torch.serialization.load',
  'torch.storage._load_from_bytes',
  'numpy.load',
  'numpy.loads',
  'pandas.read_pickle',
  'io.BytesIO',
  '_io.BytesIO',
  'marshal.loads',
  'shelve.open',
]);

/** Attribute names whose presence anywhere in a dotted path means reaching interpreter internals. */
const DUNDER = /^__.*__$/;

export interface Verdict {
  severity: Severity | 'safe';
  rule: 'pickle.dangerous-global' | 'pickle.unknown-global' | 'pickle.dunder-attribute' | 'pickle.safe';
  reason: string;
}

export class GlobalPolicy {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly cache = new Map<string, Verdict>();

  constructor(extra: readonly AllowlistEntry[] = []) {
    for (const n of [...SAFE_GLOBALS, ...KNOWN_GLOBALS, ...extra.map((e) => e.name)]) {
      if (n.endsWith('.*')) this.prefixes.push(n.slice(0, -1));
      else this.exact.add(n);
    }
  }

  private allowed(module: string, name: string): boolean {
    const full = `${module}.${name}`;
    if (this.exact.has(full)) return true;
    // class names only (CamelCase or all caps such as SVC): not functions, not aliases such as `F` or `np`
    if (!/^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(name) && !/^[A-Z][A-Z0-9]+$/.test(name)) return false;
    return this.prefixes.some((p) => full.startsWith(p));
  }

  /** Judges `module` + `name` (a qualname that may be dotted, resolved attribute by attribute from protocol 4). */
  judge(module: string, name: string): Verdict {
    const key = `${module}\0${name}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const v = this.judgeUncached(module, name);
    if (this.cache.size < 10_000) this.cache.set(key, v);
    return v;
  }

  private judgeUncached(module: string, name: string): Verdict {
    if (this.allowed(module, name)) return { severity: 'safe', rule: 'pickle.safe', reason: 'allowlisted' };
    const parts = [...module.split('.'), ...name.split('.')];
    const dunder = name.split('.').find((p) => DUNDER.test(p));
    if (dunder) {
      return {
        severity: 'critical',
        rule: 'pickle.dunder-attribute',
        reason: `the name walks through the interpreter attribute "${dunder}"`,
      };
    }
    // The import itself (every prefix of the module path and name), then every attribute walk that starts at a
    // name component: `posixpath` + `os.system` reaches `os.system`, `torch` + `hub.load` reaches `torch.hub.load`.
    const modParts = module.split('.').length;
    for (const i of [0, ...parts.keys()].filter((k) => k === 0 || k >= modParts)) {
      for (let j = parts.length; j > i; j--) {
        const candidate = parts.slice(i, j).join('.');
        if (DANGEROUS_NAMES.includes(candidate) || DANGEROUS_MODULES.includes(candidate)) {
          return {
            severity: 'critical',
            rule: 'pickle.dangerous-global',
            reason: `it reaches \`${candidate}\`, which can execute code, load code, run processes or touch files and the network`,
          };
        }
      }
    }
    return {
      severity: 'medium',
      rule: 'pickle.unknown-global',
      reason: 'it is not on the allowlist of callables known to be safe',
    };
  }
}

/** Python 2 names that `fix_imports` maps below protocol 3 (subset of CPython's `_compat_pickle`). */
const IMPORT_MAPPING: Record<string, string> = {
  __builtin__: 'builtins',
  copy_reg: 'copyreg',
  Queue: 'queue',
  SocketServer: 'socketserver',
  ConfigParser: 'configparser',
  repr: 'reprlib',
  anydbm: 'dbm',
  whichdb: 'dbm',
  dbhash: 'dbm.bsd',
  dumbdbm: 'dbm.dumb',
  gdbm: 'dbm.gnu',
  xmlrpclib: 'xmlrpc.client',
  SimpleXMLRPCServer: 'xmlrpc.server',
  httplib: 'http.client',
  htmlentitydefs: 'html.entities',
  HTMLParser: 'html.parser',
  Cookie: 'http.cookies',
  cookielib: 'http.cookiejar',
  BaseHTTPServer: 'http.server',
  SimpleHTTPServer: 'http.server',
  CGIHTTPServer: 'http.server',
  commands: 'subprocess',
  urlparse: 'urllib.parse',
  robotparser: 'urllib.robotparser',
  urllib2: 'urllib.request',
  cPickle: 'pickle',
  _elementtree: 'xml.etree.ElementTree',
  cStringIO: 'io',
  StringIO: 'io',
  UserDict: 'collections',
  UserList: 'collections',
  UserString: 'collections',
  exceptions: 'builtins',
  thread: '_thread',
  dummy_thread: '_dummy_thread',
  _abcoll: 'collections.abc',
  sets: 'builtins',
  markupbase: '_markupbase',
  _winreg: 'winreg',
  itertools: 'itertools',
  future_builtins: 'builtins',
  __main__: '__main__',
};
const NAME_MAPPING: Record<string, [string, string]> = {
  '__builtin__.xrange': ['builtins', 'range'],
  '__builtin__.reduce': ['functools', 'reduce'],
  '__builtin__.intern': ['sys', 'intern'],
  '__builtin__.unichr': ['builtins', 'chr'],
  '__builtin__.unicode': ['builtins', 'str'],
  '__builtin__.long': ['builtins', 'int'],
  '__builtin__.basestring': ['builtins', 'str'],
  '__builtin__.raw_input': ['builtins', 'input'],
  '__builtin__.execfile': ['builtins', 'exec'],
  '__builtin__.apply': ['builtins', 'apply'],
  'itertools.izip': ['builtins', 'zip'],
  'itertools.imap': ['builtins', 'map'],
  'itertools.ifilter': ['builtins', 'filter'],
  'UserDict.IterableUserDict': ['collections', 'UserDict'],
  'UserList.UserList': ['collections', 'UserList'],
  'UserDict.UserDict': ['collections', 'UserDict'],
  'whichdb.whichdb': ['dbm', 'whichdb'],
  '_socket.fromfd': ['socket', 'fromfd'],
  '_multiprocessing.Connection': ['multiprocessing.connection', 'Connection'],
  'multiprocessing.process.Process': ['multiprocessing.context', 'Process'],
  'multiprocessing.forking.Popen': ['multiprocessing.popen_fork', 'Popen'],
  'urllib.urlopen': ['urllib.request', 'urlopen'],
  'urllib.urlretrieve': ['urllib.request', 'urlretrieve'],
  'urllib.quote': ['urllib.parse', 'quote'],
  'urllib.unquote': ['urllib.parse', 'unquote'],
  'urllib.pathname2url': ['urllib.request', 'pathname2url'],
  'urllib.getproxies': ['urllib.request', 'getproxies'],
  'os.getcwdu': ['os', 'getcwd'],
  'copy_reg._reconstructor': ['copyreg', '_reconstructor'],
};

/** What CPython's `find_class` imports for `module`/`name` at protocol `proto` with `fix_imports=True`. */
export function fixImports(module: string, name: string, proto: number): [string, string] {
  if (proto >= 3) return [module, name];
  // own properties only: a module named `constructor` or `__proto__` must not reach Object.prototype
  const key = `${module}.${name}`;
  if (Object.hasOwn(NAME_MAPPING, key)) return NAME_MAPPING[key]!;
  return [Object.hasOwn(IMPORT_MAPPING, module) ? IMPORT_MAPPING[module]! : module, name];
}
