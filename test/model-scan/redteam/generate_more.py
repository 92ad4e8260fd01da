#!/usr/bin/python3
"""A second red-team corpus for model-scan (issue 13), beside generate.py: variants its corpus does not have.

Run with Debian's python3 (python3-torch, -sklearn, -numpy, -pandas, -joblib):

    /usr/bin/python3 test/model-scan/redteam/generate_more.py

Writes test/model-scan/redteam/corpus-more/{malicious,benign}/... and manifest-more.json, read by redteam.test.ts
together with manifest.json. Same rules as generate.py (whose assembler and pickletools labeller it reuses):
deterministic (except the GridSearchCV pickles, which keep measured fit times), nothing is ever unpickled, malicious streams are assembled opcode by opcode and labelled with the
globals pickletools.genops sees in the streams the loader reads, benign files come from the real producers.

What is new here: scanner limits reached before the payload; tar members that Python's tarfile reads but a
naive reader skips (directory and link entries with a size, unknown entry types, pax `size`, octal spellings,
V7 headers without magic); raw LZMA that joblib and pandas read (any dictionary size, other properties); joblib's
object arrays whose inline pickle is read by plain pickle.load; joblib `ZF` headers as int(x, 16) reads them;
STACK_GLOBAL strings built with MARK/POP/DUP/memo tricks and across FRAMEs; INST/OBJ from the memo; .npy headers
that are valid Python literals (duplicate keys, \\N{...} escapes, object subarrays and fields); unusual model
files (empty, random, truncated); chat templates with computed attribute names, also in chat_template.jinja.
Benign: more scikit-learn estimators, pandas indexes and dtypes, NumPy scalar types and ufuncs, whole torch
modules.
"""
import importlib.util
import io
import json
import lzma
import os
import pickle
import random
import shutil
import struct
import subprocess
import sys
import tarfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('redteam_generate', os.path.join(HERE, 'generate.py'))
G = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(G)

OUT = os.path.join(HERE, 'corpus-more')
MANIFEST = []
NAMES = set()
s_, GLOBAL, SGLOBAL, frame, PROTO, by, npy, zipped = G.s_, G.GLOBAL, G.SGLOBAL, G.frame, G.PROTO, G.by, G.npy, G.zipped
EVIL0 = G.EVIL0
EVIL2 = G.simple(2)
EVIL_SG = SGLOBAL('os', 'system') + s_('c8c', 'id') + b'\x85R.'


def write(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


def mal(rel, data, cause, streams=None, expect=('os.system',), note=None, expand=None):
    assert rel not in NAMES, rel
    NAMES.add(rel)
    streams = [data] if streams is None else streams
    if cause in G.NONPICKLE:
        expect = ()
    got = []
    for s in streams:
        g, _, _ = G.imports_of(s)
        got += g
    got = G.uniq(got)
    for e in expect or []:
        assert e in got, (rel, e, got)
    assert got or cause in G.NONPICKLE, (rel, 'genops found no import')
    write('malicious/' + rel, data)
    entry = {'file': 'malicious/' + rel, 'kind': 'malicious', 'cause': cause, 'globals': got}
    if note:
        entry['note'] = note
    if expand:
        entry['expand'] = expand
    MANIFEST.append(entry)


def ben(rel, data, cause):
    assert rel not in NAMES, rel
    NAMES.add(rel)
    write('benign/' + rel, data)
    MANIFEST.append({'file': 'benign/' + rel, 'kind': 'benign', 'cause': cause})


# --------------------------------------------------------------------------------------------------------
# 1. Scanner limits reached before the payload (a limit is not evidence that the bytes are not a pickle)
# --------------------------------------------------------------------------------------------------------
def limits():
    # 500,001 values or MARKs on the stack (the VM's maxStack is 500,000) before the payload; STOP pops only the
    # top, so nothing needs popping. Committed with 16 copies, expanded by the test.
    n = 500_001
    for name, fill in (('none', 'N'), ('empty-tuple', ')'), ('empty-list', ']'), ('marks', '(')):
        body = fill.encode() * 16 + EVIL0
        for ext in ('.dat', '.pkl', ''):
            mal(f'limits/stack-{name}{ext or "-noext"}', body, 'scanner-limit',
                expand={'at': 0, 'count': n - 16, 'fill': fill}, note='500,001 stack entries before the payload')
    # a protocol-0 line longer than 16 MiB before the payload
    for ext in ('.dat',):
        mal(f'limits/long-line{ext}', b"S'" + b'A' * 16 + b"'\n0" + EVIL0, 'scanner-limit',
            expand={'at': 2, 'count': (16 << 20) + 8, 'fill': 'A'}, note='a 16 MiB STRING line first')


# --------------------------------------------------------------------------------------------------------
# 2. tar members Python's tarfile reads (pandas read_pickle of .tar, legacy torch.load)
# --------------------------------------------------------------------------------------------------------
def tar_header(name, size, typ=b'0', magic=b'ustar\x0000', size_field=None, link=b''):
    h = bytearray(512)
    h[0:len(name)] = name
    h[100:108] = b'0000644\0'
    h[108:116] = b'0000000\0'
    h[116:124] = b'0000000\0'
    sf = size_field if size_field is not None else b'%011o\0' % size
    h[124:124 + len(sf)] = sf
    h[136:148] = b'00000000000\0'
    h[156:157] = typ
    h[157:157 + len(link)] = link
    h[257:257 + len(magic)] = magic
    h[148:156] = b' ' * 8
    h[148:156] = b'%06o\0 ' % sum(h)
    return bytes(h)


def pad512(b):
    return b + b'\0' * (-len(b) % 512)


def pax(records, typ=b'x'):
    body = b''
    for k, v in records:
        rec = b' ' + k + b'=' + v + b'\n'
        n = len(rec) + 1
        while len(b'%d' % n) + len(rec) != n:
            n += 1
        body += b'%d' % n + rec
    return tar_header(b'././@PaxHeader', len(body), typ) + pad512(body)


def member(name, data, **kw):
    return tar_header(name, len(data), **kw) + pad512(data)


END = b'\0' * 1024


def sparse_member(name, data):
    h = bytearray(tar_header(name, len(data), b'S', magic=b'ustar  \0'))
    h[386:398] = b'%011o\0' % 0
    h[398:410] = b'%011o\0' % len(data)
    h[483:495] = b'%011o\0' % len(data)
    h[148:156] = b' ' * 8
    h[148:156] = b'%06o\0 ' % sum(h)
    return bytes(h) + pad512(data)


def tars():
    p = EVIL0
    cases = {
        # a directory entry with a size: tarfile reads no data for it, the next header follows at once
        'dir-with-size': tar_header(b'd/', 1024, b'5') + member(b'model.pkl', p) + END,
        'symlink-with-size': tar_header(b'l', 1024, b'2', link=b'x') + member(b'model.pkl', p) + END,
        # an unknown entry type: tarfile treats it as a regular file (extractfile returns its data)
        'unknown-type-Z': member(b'model.pkl', p, typ=b'Z') + END,
        'unknown-type-V': member(b'model.pkl', p, typ=b'V') + END,
        # old GNU sparse: one data region covering the whole file (sparse map at 386, real size at 483)
        'gnu-sparse-S': sparse_member(b'model.pkl', p) + END,
        # pax `size` overrides the header's size field
        'pax-size': pax([(b'size', b'%d' % len(p))]) + tar_header(b'model.pkl', 0) + pad512(p) + END,
        # a global pax header's size reaches the member through a later extended header (tarfile copies the globals)
        'pax-global-size': pax([(b'size', b'%d' % len(p))], typ=b'g') + pax([(b'path', b'data')])
        + tar_header(b'x', 0) + pad512(p) + END,
        # size fields as int(x, 8) reads them
        'size-0o-prefix': tar_header(b'model.pkl', 0, size_field=b'0o%o\0' % len(p)) + pad512(p) + END,
        'size-underscore': tar_header(b'model.pkl', 0, size_field=(b'%o' % len(p))[:1] + b'_' + (b'%o' % len(p))[1:] + b'\0')
        + pad512(p) + END,
        # V7 headers (no ustar magic): tarfile checks only the checksum
        'v7-no-magic': member(b'model.pkl', p, magic=b'') + END,
    }
    for n, t in cases.items():
        # the oracle: Python's tarfile lists the member and extractfile returns the payload
        with tarfile.open(fileobj=io.BytesIO(t)) as tf:
            got = [tf.extractfile(m).read() for m in tf.getmembers() if m.name in ('model.pkl', 'data')]
        assert got == [p], (n, got)
        for ext in ('.tar', '.pt'):
            mal(f'tar/{n}{ext}', t, 'container-tar-reader', streams=[p])
    # legacy torch tar: a directory entry with a size hides the `pickle` member from a reader that skips it
    sysinfo = pickle.dumps({'protocol_version': 1001, 'little_endian': True,
                            'type_sizes': {'short': 2, 'int': 4, 'long': 4}}, protocol=2)
    legacy = (member(b'sys_info', sysinfo) + tar_header(b'pad/', 1536, b'5') + member(b'pickle', EVIL2)
              + member(b'tensors', pickle.dumps(0, protocol=2)) + member(b'storages', pickle.dumps(0, protocol=2)) + END)
    mal('tar/legacy-torch-dir-hides-pickle.pt', legacy, 'container-tar-reader', streams=[EVIL2])


# --------------------------------------------------------------------------------------------------------
# 3. Compression wrappers as joblib and pandas detect them
# --------------------------------------------------------------------------------------------------------
def lzma_alone(data, dict_size, lc=3, lp=0, pb=2):
    """Raw LZMA written by the xz tool (any dictionary size and properties liblzma accepts)."""
    filt = [{'id': lzma.FILTER_LZMA1, 'dict_size': dict_size, 'lc': lc, 'lp': lp, 'pb': pb}]
    return lzma.compress(data, format=lzma.FORMAT_ALONE, filters=filt)


def detect_compressor(b):
    from joblib.numpy_pickle_utils import _detect_compressor
    return _detect_compressor(io.BytesIO(b))


def read_zfile(f):
    from joblib.numpy_pickle_compat import read_zfile as rz
    return rz(f)


def compressed():
    p = EVIL2
    for ds in (4096, 1 << 13, 3 << 12, 1 << 16):
        w = lzma_alone(p, ds)
        assert lzma.decompress(w, format=lzma.FORMAT_AUTO) == p and detect_compressor(w) == ('lzma' if w[1] == 0 else 'not-compressed')
        # joblib detects b'\x5d\x00'; pandas (.xz) reads raw LZMA too (FORMAT_AUTO)
        for ext in ('.joblib', '.pkl.xz', '.dat'):
            mal(f'compressed/lzma-dict{ds}{ext}', w, 'container-compression', streams=[p])
    for lc, lp, pb in ((0, 0, 0), (1, 0, 2), (3, 1, 2), (4, 0, 0)):
        w = lzma_alone(p, 1 << 20, lc, lp, pb)
        if w[0] == 0x5d:
            continue
        assert lzma.decompress(w, format=lzma.FORMAT_AUTO) == p  # pandas reads .xz with FORMAT_AUTO
        mal(f'compressed/lzma-props-{lc}{lp}{pb}.pkl.xz', w, 'container-compression', streams=[p])
    # two xz streams, with stream padding between them; two bz2 streams (Python reads every stream)
    half = len(p) // 2
    xz2 = lzma.compress(p[:half]) + b'\0' * 4 + lzma.compress(p[half:])
    bz = __import__('bz2')
    bz2_2 = bz.compress(p[:half]) + bz.compress(p[half:])
    for n, w in (('xz-two-streams', xz2), ('bz2-two-streams', bz2_2)):
        for ext in ('.joblib', '.pkl'):
            mal(f'compressed/{n}{ext}', w, 'container-compression', streams=[p])
    # zstd written by the zstd tool (compressed blocks, checksums), two frames
    try:
        z1 = subprocess.run(['zstd', '-q', '-c', '--no-progress'], input=p[:half], capture_output=True, check=True).stdout
        z2 = subprocess.run(['zstd', '-q', '-c', '--no-progress', '-19'], input=p[half:], capture_output=True, check=True).stdout
        mal('compressed/zstd-tool-two-frames.pkl.zst', z1 + z2, 'container-compression', streams=[p])
    except (OSError, subprocess.CalledProcessError):
        pass
    # joblib's ZF header, read with int(x, 16): spaces, upper-case 0X, no prefix, a Python-2 space after it
    zp = zlib.compress(p)
    for n, hdr in (('spaces', ('%x' % len(p)).rjust(19).encode()), ('upper-0X', ('0X%x' % len(p)).encode().ljust(19)),
                   ('no-prefix', ('%x' % len(p)).encode().ljust(19)), ('py2-space', ('0x%x' % len(p)).encode().ljust(19) + b' ')):
        zf = b'ZF' + hdr + zp
        assert detect_compressor(zf) == 'compat' and read_zfile(io.BytesIO(zf)) == p
        for ext in ('.joblib', '.z'):
            mal(f'compressed/joblib-zf-{n}{ext}', zf, 'container-compression', streams=[p])


# --------------------------------------------------------------------------------------------------------
# 4. joblib object arrays: their inline pickle is read by plain pickle.load, not by joblib's unpickler
# --------------------------------------------------------------------------------------------------------
def joblib_nested():
    import pickletools
    import joblib
    import numpy as np

    # The inline pickle of an object array builds a NumpyArrayWrapper for one float64. NumpyUnpickler would read 8
    # bytes of array data after its BUILD; plain pickle.load (which joblib uses for the inline pickle) reads them
    # as opcodes: POP, then a SHORT_BINBYTES that swallows the BINBYTES header the 8 bytes hid, then the payload.
    wrapper = (PROTO(2) + GLOBAL('joblib.numpy_pickle', 'NumpyArrayWrapper') + b')\x81}('
               + s_('X', 'subclass') + GLOBAL('numpy', 'ndarray') + s_('X', 'shape') + b'K\x01\x85'
               + s_('X', 'order') + s_('X', 'C') + s_('X', 'dtype') + GLOBAL('numpy', 'dtype') + s_('X', 'f8')
               + b'\x89\x88\x87R(K\x03' + s_('X', '<') + b'NNNJ\xff\xff\xff\xffJ\xff\xff\xff\xffK\x00tb'
               + s_('X', 'allow_mmap') + b'\x89ub')
    evil = b'0' + EVIL0
    x = b'0' + b'C\x0a' + b'\x00' * 5
    y = b'B' + struct.pack('<I', len(evil)) + evil + b'0.'
    inner = wrapper + x + y
    b = io.BytesIO()
    joblib.dump({'a': np.array(['x', None], dtype=object)}, b)
    real = b.getvalue()
    ops = list(pickletools.genops(real))
    seen = False
    start = end = None
    for op, arg, pos in ops:
        if 'NumpyArrayWrapper' in str(arg or ''):
            seen = True
        if seen and start is None and op.name == 'BUILD' and real[pos + 1] == 0x80:
            start = pos + 1
        if op.name == 'STOP':
            end = pos + 1
    # genops reads the inline pickle as part of the outer stream and stops at its STOP
    assert start is not None and end is not None and real[start] == 0x80, (start, end)
    crafted = real[:start] + inner + real[end:]
    for comp in ('raw', 'zlib', 'gzip', 'lz4'):
        data = {'raw': lambda d: d, 'zlib': zlib.compress, 'gzip': G.gz, 'lz4': G.lz4_joblib}[comp](crafted)
        mal(f'joblib/object-array-inner-wrapper-{comp}.joblib', data, 'joblib-array-wrapper', streams=[EVIL0])
    # numpy_array_alignment_bytes set to something not None (True, 0.5, a string): joblib reads a padding byte and
    # that many bytes before the array data. A reader that pads only for integers lands 9 bytes early, inside a
    # BINBYTES that swallows the payload joblib runs.
    for an, av in (('true', b'\x88'), ('float', b'G' + struct.pack('>d', 0.5)), ('string', s_('X', 'x')), ('zero', b'K\x00')):
        w = wrapper.replace(s_('X', 'allow_mmap') + b'\x89ub', s_('X', 'allow_mmap') + b'\x89' + s_('X', 'numpy_array_alignment_bytes') + av + b'ub')
        if an == 'zero':
            # padding length 0: joblib reads one byte, then the 8 bytes of data
            post = b'\x00' + b'\x00' * 8 + b'0' + EVIL0
        else:
            evil2 = b'0' + EVIL0
            post = b'\x08' + b'\x00' * 7 + b'B' + struct.pack('<I', 4 + len(evil2)) + b'0000' + evil2 + b'0.'
        data = w + post
        for comp in ('raw', 'zlib'):
            mal(f'joblib/alignment-{an}-{comp}.joblib', data if comp == 'raw' else zlib.compress(data), 'joblib-array-wrapper',
                streams=[EVIL0])


# --------------------------------------------------------------------------------------------------------
# 5. STACK_GLOBAL, INST and OBJ fed through MARK/POP/DUP/memo tricks, frames, and protocol-0 strings
# --------------------------------------------------------------------------------------------------------
def stack_tricks():
    A = s_('c8c', 'id')
    tail = A + b'\x85R.'
    v = {
        # the module name survives a POP_MARK that discards decoys
        'pop-mark-decoys': s_('c8c', 'os') + b'(' + s_('c8c', 'json') + s_('c8c', 'loads') + b'1' + s_('c8c', 'system') + b'\x93' + tail,
        # DUP then POP of the decoy copy
        'dup-pop': s_('c8c', 'os') + b'2' + b'0' + s_('c8c', 'system') + b'\x93' + tail,
        # a memo slot overwritten: json first, then os
        'memo-overwrite': s_('c8c', 'json') + b'q\x01' + b'0' + s_('c8c', 'os') + b'q\x01' + b'0' + b'h\x01' + s_('c8c', 'system') + b'\x93' + tail,
        # MEMOIZE numbered after PUTs with gaps (len(memo), not the highest index)
        'memoize-after-gap': b'N' + b'p7\n' + b'0' + s_('c8c', 'os') + b'\x94' + b'0' + s_('c8c', 'system') + b'\x94' + b'0' + b'h\x01h\x02\x93' + tail,
        # PUT/GET keys as PyLong_FromString(x, 10) reads them
        'put-get-spellings': s_('S', 'os') + b'p 05\n' + b'0' + s_('V', 'system') + b'p+6\n' + b'0' + b'g5\n' + b'g0_6\n' + b'\x93' + tail,
        # strings with escapes: STRING with octal and hex escapes, UNICODE with \\u escapes
        'escaped-strings': b"S'\\157\\x73'\n" + b'V\\u0073ystem\n' + b'\x93' + tail,
        # nested and empty frames
        'frame-empty': PROTO(4) + frame(b'') + frame(s_('c8c', 'os')) + frame(b'') + s_('c8c', 'system') + b'\x93' + tail,
        # BINUNICODE8 and SHORT_BINSTRING names, memoized across frames
        'binunicode8-memo-frames': PROTO(4) + frame(s_('c8d', 'os') + b'\x94') + frame(s_('U', 'system') + b'\x94')
        + b'0' + b'0' + b'h\x00h\x01\x93' + tail,
        # INST and OBJ whose class comes from the memo and from STACK_GLOBAL
        'obj-class-from-memo': GLOBAL('os', 'system') + b'q\x00' + b'0' + b'(h\x00' + A + b'o.',
        'obj-stack-global': b'(' + SGLOBAL('os', 'system') + A + b'o.',
        'inst-proto4-dotted': PROTO(4) + b'(' + A + b'iposixpath\nos.system\n.',
        'inst-after-mark-pop': b'N(N1(' + s_('S', 'id') + b'ios\nsystem\n.',
        # the dangerous global hidden behind a POP of a MARK (POP on an empty mark pops the mark)
        'pop-pops-mark': b'(0' + EVIL0,
        # a benign complete pickle, then PROTO again and a payload in the same stream: pickle.load reads the first
        # only, but multi-pickle readers (legacy torch) read on
        'proto-midstream': PROTO(2) + b'(' + PROTO(4) + b'1' + EVIL_SG,
    }
    # builtins.getattr: judged by what getattr(<class>, '<name>') resolves to only when every copy is called so
    ZI = GLOBAL('zoneinfo', 'ZoneInfo')
    GA = PROTO(3) + GLOBAL('builtins', 'getattr') + b'q\x00'
    v.update({
        'getattr-self': GA + b'h\x00' + s_('X', '__self__') + b'\x86R' + b'0' + ZI + s_('X', '_unpickle') + b'\x86R.',
        'getattr-copy-kept': GA + b'2' + ZI + s_('X', '_unpickle') + b'\x86R' + b'\x86.',
        'getattr-dunder': GA + ZI + s_('X', '__init__') + b'\x86R.',
        'getattr-three-args': GA + b'(' + ZI + s_('X', '_unpickle') + b'Nt' + b'R.',
        'getattr-computed-owner': GA + GLOBAL('collections', 'OrderedDict') + b')R' + s_('X', 'fromkeys') + b'\x86R.',
        'getattr-by-inst': PROTO(3) + b'(' + ZI + s_('X', '_unpickle') + b'ibuiltins\ngetattr\n.',
    })
    exp = {'inst-proto4-dotted': ['posixpath.os.system']}
    exp.update({k: ['builtins.getattr'] for k in v if k.startswith('getattr')})
    for n, body in v.items():
        for hdr, h in (('', b''), ('p2', PROTO(2))):
            if body.startswith(b'\x80') and h:
                continue
            data = h + body
            mal(f'stack/{n}{"-" + hdr if hdr else ""}.pkl', data, 'reach-callable', expect=exp.get(n, ['os.system']))
            # the same bytes padded past 4 KiB by a popped string, under a neutral name
            if not body.startswith(b'\x80'):
                padded = h + s_('X', 'A' * 5000) + b'0' + body
                mal(f'stack/{n}{"-" + hdr if hdr else ""}-padded.dat', padded, 'detection-padding', expect=exp.get(n, ['os.system']))


# --------------------------------------------------------------------------------------------------------
# 6. .npy headers numpy's safe_eval accepts; npz members
# --------------------------------------------------------------------------------------------------------
def numpy_headers():
    pay = G.simple(3)
    headers = {
        'duplicate-descr': "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'descr': '|O'}",
        'N-escape': "{'descr': '\\N{LATIN CAPITAL LETTER O}', 'fortran_order': False, 'shape': (1,), }",
        'octal-escape': "{'descr': '\\117', 'fortran_order': False, 'shape': (1,), }",
        'U-escape': "{'descr': '|\\U0000004f', 'fortran_order': False, 'shape': (1,), }",
        'raw-string': "{'descr': r'|O', 'fortran_order': False, 'shape': (1,), }",
        'u-prefix': "{'descr': u'|O', 'fortran_order': False, 'shape': (1,), }",
        'triple-quoted': "{'descr': '''|O''', 'fortran_order': False, 'shape': (1,), }",
        'parenthesised': "{'descr': ('|O'), 'fortran_order': False, 'shape': (1,), }",
        'comment-newlines': "{'descr': '<f8' # not this\n, 'descr': '|O',\n 'fortran_order': False, 'shape': (1,)}",
        'object-subarray': "{'descr': ('|O', (2,)), 'fortran_order': False, 'shape': (1,), }",
        'structured-object-field': "{'descr': [('a', '<f8'), ('b', '|O')], 'fortran_order': False, 'shape': (1,), }",
        'structured-nested-object': "{'descr': [('a', [('b', 'O')])], 'fortran_order': False, 'shape': (1,), }",
        'structured-object-subarray': "{'descr': [('a', '|O', (2,))], 'fortran_order': False, 'shape': (1,), }",
        'structured-title': "{'descr': [(('title', 'a'), '|O')], 'fortran_order': False, 'shape': (1,), }",
        'shape-bool': "{'descr': '|O', 'fortran_order': False, 'shape': (True,), }",
        'shape-hex': "{'descr': '|O', 'fortran_order': False, 'shape': (0x1,), }",
        'py2-long': "{'descr': '|O', 'fortran_order': False, 'shape': (1L,), }",
    }
    for n, h in headers.items():
        for ver in (1, 2, 3):
            if n == 'py2-long' and ver == 3:
                continue
            data = npy(pay, h, version=ver)
            mal(f'numpy/{n}-v{ver}.npy', data, 'numpy-header-literal', streams=[pay])
        mal(f'numpy/{n}.npz', zipped([('arr_0.npy', npy(pay, h))]), 'numpy-header-literal', streams=[pay])
    # UTF-8 header (version 3) with a non-ASCII character in a comment-free string elsewhere
    h3 = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
    mal('numpy/utf8-v3.npy', npy(pay, h3.replace("'|O'", "'|O'    "), version=3), 'numpy-header-literal', streams=[pay])
    # npz members stored with bzip2 and lzma (zipfile reads both; np.load uses zipfile)
    for meth, mn in ((12, 'bzip2'), (14, 'lzma')):
        mal(f'numpy/member-{mn}.npz', zipped([('a.npy', npy(pay), meth)]), 'numpy-header-literal', streams=[pay])


# --------------------------------------------------------------------------------------------------------
# 7. Zip containers: prepended junk, data descriptors, ZIP64, member name case (miniz looks names up
#    case-insensitively), members compressed with bzip2/lzma
# --------------------------------------------------------------------------------------------------------
def zips():
    p = EVIL2

    def streamed(members):
        """Written to a non-seekable stream: data descriptors (flag bit 3), sizes after the data."""
        class W(io.RawIOBase):
            def __init__(self):
                self.b = bytearray()

            def writable(self):
                return True

            def write(self, x):
                self.b += x
                return len(x)
        w = W()
        import zipfile
        with zipfile.ZipFile(w, 'w', compression=zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                zi = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                with z.open(zi, 'w', force_zip64=name.endswith('data.pkl')) as f:
                    f.write(data)
        return bytes(w.b)

    mal('zip/torch-data-descriptor-zip64.pt', streamed([('archive/data.pkl', p), ('archive/version', b'3\n')]),
        'container-torch-zip', streams=[p])
    mal('zip/torch-upper-case-member.pt', zipped([('archive/version', b'3\n'), ('archive/DATA.PKL', p)]),
        'container-torch-zip', streams=[p])
    mal('zip/prepended-junk.zip', os.urandom(0) + b'JUNK' * 64 + zipped([('archive/data.pkl', p)]), 'container-torch-zip', streams=[p])
    for meth, mn in ((12, 'bzip2'), (14, 'lzma')):
        mal(f'zip/member-{mn}.zip', zipped([('model.pkl', p, meth)]), 'container-torch-zip', streams=[p])


# --------------------------------------------------------------------------------------------------------
# 8. Model files that are empty, random or truncated; safetensors with bad headers
# --------------------------------------------------------------------------------------------------------
def unverifiable():
    rnd = random.Random(1313)
    rb = bytes(rnd.getrandbits(8) for _ in range(4096))
    st = json.dumps({'w': {'dtype': 'F32', 'shape': [2], 'data_offsets': [0, 8]}}).encode()
    good_st = struct.pack('<Q', len(st)) + st + b'\0' * 8
    gguf = b'GGUF' + struct.pack('<IQQ', 3, 0, 1) + struct.pack('<Q', 20) + b'general.architecture' + struct.pack('<I', 8) + struct.pack('<Q', 5) + b'llama'
    for ext in ('.safetensors', '.gguf', '.onnx', '.h5', '.keras', '.npy', '.npz', '.pt', '.pkl'):
        b = ext[1:]
        mal(f'unverifiable/random-4k-{b}{ext}', rb, 'unverifiable-model-file', note='random bytes under a model name')
        mal(f'unverifiable/one-byte-{b}{ext}', b'\x00', 'unverifiable-model-file')
    mal('unverifiable/truncated.safetensors', good_st[:-3], 'malformed-format')
    import numpy as np
    for n, a in (('f8', np.arange(10.0)), ('structured', np.zeros(3, dtype=[('a', '<i4'), ('b', 'S3', (2,))])),
                 ('unicode', np.array(['abc', 'de'])), ('datetime', np.array(['2024-01-01'], dtype='M8[D]'))):
        b = io.BytesIO()
        np.save(b, a, allow_pickle=False)
        mal(f'unverifiable/truncated-{n}.npy', b.getvalue()[:-2], 'malformed-format', note='numpy.load raises on short array data')
    mal('unverifiable/truncated.gguf', gguf[:-3], 'malformed-format')
    bad = {
        'offsets-past-end': {'w': {'dtype': 'F32', 'shape': [2], 'data_offsets': [0, 800]}},
        'offsets-reversed': {'w': {'dtype': 'F32', 'shape': [2], 'data_offsets': [8, 0]}},
        'offsets-overlap': {'a': {'dtype': 'F32', 'shape': [2], 'data_offsets': [0, 8]}, 'b': {'dtype': 'F32', 'shape': [2], 'data_offsets': [4, 12]}},
        'shape-mismatch': {'w': {'dtype': 'F32', 'shape': [3], 'data_offsets': [0, 8]}},
        'unknown-dtype': {'w': {'dtype': 'PICKLE', 'shape': [2], 'data_offsets': [0, 8]}},
        'metadata-not-strings': {'__metadata__': {'a': {'b': 1}}, 'w': {'dtype': 'F32', 'shape': [2], 'data_offsets': [0, 8]}},
        'header-array': [1, 2],
    }
    for n, h in bad.items():
        hb = json.dumps(h).encode()
        mal(f'unverifiable/safetensors-{n}.safetensors', struct.pack('<Q', len(hb)) + hb + b'\0' * 8, 'malformed-format')
    hb = b'{"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}'  # unterminated JSON
    mal('unverifiable/safetensors-bad-json.safetensors', struct.pack('<Q', len(hb)) + hb + b'\0' * 8, 'malformed-format')


# --------------------------------------------------------------------------------------------------------
# 9. Chat templates: names computed at render time
# --------------------------------------------------------------------------------------------------------
SSTI = [
    "{{ messages|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ messages['\\x5f\\x5fclass\\x5f\\x5f'] }}",
    "{{ messages|attr('\\u005f\\u005fclass\\u005f\\u005f') }}",
    "{{ messages|attr('_' ~ '_class_' ~ '_') }}",
    "{% set u = '_' * 2 %}{{ messages|attr(u ~ 'class' ~ u) }}",
    "{{ messages|attr(['__cla', 'ss__']|join) }}",
    "{{ messages|attr('%c%cclass%c%c'|format(95, 95, 95, 95)) }}",
    "{{ messages|attr('__CLASS__'|lower) }}",
    "{% set ns = namespace(a='__class__') %}{{ messages|attr(ns.a) }}",
    "{% set k = dict(__class__=1)|list|first %}{{ messages|attr(k) }}",
    "{% with a = '__globals__' %}{{ lipsum|attr(a) }}{% endwith %}",
    "{{ messages|selectattr('__class__')|list }}",
    "{{ messages|sort(attribute='__class__') }}",
    "{{ messages|groupby('__class__') }}",
    "{% macro m(x, n) %}{{ x|attr(n) }}{% endmacro %}{{ m(messages, '__cl' + 'ass__') }}",
    "{% for k, v in messages.__dict__.items() %}{{ k }}{% endfor %}",
    "{{ range.__self__ }}",
    "{% import 'os' as os %}",
    "{% include '/etc/passwd' %}",
]


def keras_configs():
    # Keras 3 resolves {"module": "builtins", "class_name": "function", "config": name} to builtins.<name>
    for fn in ('exec', 'eval', '__import__', 'open'):
        layer = {'module': 'keras.layers', 'class_name': 'Dense', 'config': {'units': 1, 'activation': {
            'module': 'builtins', 'class_name': 'function', 'config': fn, 'registered_name': 'function'}}}
        cfg = {'module': 'keras', 'class_name': 'Sequential', 'config': {'name': 's', 'layers': [layer]}}
        mal(f'keras/builtin-function-{fn.strip("_")}.keras', zipped([('metadata.json', b'{}'), ('config.json', json.dumps(cfg).encode())]),
            'keras-config')


def templates():
    for i, t in enumerate(SSTI):
        mal(f'templates/ssti-{i}/tokenizer_config.json', json.dumps({'chat_template': t}).encode(), 'template-ssti')
        mal(f'templates/ssti-{i}/chat_template.jinja', t.encode(), 'template-ssti',
            note='transformers saves the chat template as chat_template.jinja beside tokenizer_config.json')
        named = [{'name': 'default', 'template': '{{ messages[0].content }}'}, {'name': 'tool_use', 'template': t}]
        mal(f'templates/ssti-{i}-named/tokenizer_config.json', json.dumps({'chat_template': named}).encode('utf-16'), 'template-ssti')


# --------------------------------------------------------------------------------------------------------
# Benign: the real producers
# --------------------------------------------------------------------------------------------------------
def benign():
    import warnings
    warnings.filterwarnings('ignore')
    import datetime
    import joblib
    import numpy as np
    import pandas as pd
    import torch
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.cluster import Birch, MiniBatchKMeans
    from sklearn.decomposition import LatentDirichletAllocation, TruncatedSVD
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
    from sklearn.ensemble import AdaBoostClassifier, BaggingClassifier, ExtraTreesRegressor, StackingClassifier, VotingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer
    from sklearn.gaussian_process import GaussianProcessRegressor
    from sklearn.gaussian_process.kernels import RBF, WhiteKernel
    from sklearn.impute import KNNImputer, SimpleImputer
    from sklearn.linear_model import LogisticRegression, SGDClassifier
    from sklearn.mixture import GaussianMixture
    from sklearn.model_selection import GridSearchCV
    from sklearn.neighbors import LocalOutlierFactor, NearestNeighbors
    from sklearn.preprocessing import (FunctionTransformer, KBinsDiscretizer, OneHotEncoder, OrdinalEncoder, PolynomialFeatures,
                                       PowerTransformer, QuantileTransformer, RobustScaler)
    from sklearn.svm import LinearSVC, OneClassSVM
    from sklearn.tree import DecisionTreeClassifier

    rng = np.random.RandomState(0)
    X = rng.rand(60, 4)
    y = (X[:, 0] > 0.5).astype(int)
    df = pd.DataFrame({'color': ['red', 'blue', 'green'] * 20, 'size': ['S', 'M', 'L'] * 20, 'n': X[:, 0]})
    ests = {
        'gaussian-mixture': GaussianMixture(2, random_state=0).fit(X),
        'onehot-categories': OneHotEncoder(categories=[['red', 'green', 'blue'], ['S', 'M', 'L']], handle_unknown='ignore').fit(df[['color', 'size']]),
        'onehot-int8': OneHotEncoder(dtype=np.int8).fit(df[['color']]),
        'onehot-uint8-drop': OneHotEncoder(dtype=np.uint8, drop='first').fit(df[['size']]),
        'ordinal-int16': OrdinalEncoder(dtype=np.int16).fit(df[['color']]),
        'function-log1p': FunctionTransformer(np.log1p, inverse_func=np.expm1).fit(X),
        'function-sqrt-clip': FunctionTransformer(np.sqrt, kw_args=None).fit(X),
        'truncated-svd': TruncatedSVD(2, random_state=0).fit(X),
        'count-vectorizer': CountVectorizer(ngram_range=(1, 2)).fit(['a cat', 'the dog', 'a dog ran']),
        'hashing-vectorizer': HashingVectorizer(n_features=16, alternate_sign=False),
        'dict-vectorizer': DictVectorizer().fit([{'a': 1, 'b': 2}, {'c': 3}]),
        'simple-imputer': SimpleImputer(strategy='median').fit(X),
        'knn-imputer': KNNImputer(n_neighbors=2).fit(X),
        'poly': PolynomialFeatures(2).fit(X),
        'robust': RobustScaler().fit(X),
        'quantile': QuantileTransformer(n_quantiles=10).fit(X),
        'power': PowerTransformer().fit(X),
        'kbins': KBinsDiscretizer(3, encode='ordinal').fit(X),
        'linear-svc': LinearSVC(max_iter=200, random_state=0).fit(X, y),
        'sgd': SGDClassifier(max_iter=5, random_state=0).fit(X, y),
        'extra-trees': ExtraTreesRegressor(3, max_depth=2, random_state=0).fit(X, X[:, 1]),
        'adaboost': AdaBoostClassifier(n_estimators=3, random_state=0).fit(X, y),
        'bagging': BaggingClassifier(n_estimators=2, random_state=0).fit(X, y),
        'voting': VotingClassifier([('lr', LogisticRegression()), ('dt', DecisionTreeClassifier(max_depth=2))]).fit(X, y),
        'stacking': StackingClassifier([('dt', DecisionTreeClassifier(max_depth=2))], cv=2).fit(X, y),
        'calibrated': CalibratedClassifierCV(LinearSVC(max_iter=200, random_state=0), cv=2).fit(X, y),
        'grid-search': GridSearchCV(LogisticRegression(), {'C': [0.1, 1.0]}, cv=2).fit(X, y),
        'gpr': GaussianProcessRegressor(RBF() + WhiteKernel(), random_state=0).fit(X[:20], X[:20, 0]),
        'lda-topics': LatentDirichletAllocation(2, max_iter=2, random_state=0).fit((X * 10).astype(int)),
        'lda-discriminant': LinearDiscriminantAnalysis().fit(X, y),
        'birch': Birch(n_clusters=2).fit(X),
        'minibatch-kmeans': MiniBatchKMeans(2, n_init=1, random_state=0).fit(X),
        'nearest-kd-tree': NearestNeighbors(n_neighbors=2, algorithm='kd_tree').fit(X),
        'nearest-ball-tree': NearestNeighbors(n_neighbors=2, algorithm='ball_tree').fit(X),
        'lof-novelty': LocalOutlierFactor(n_neighbors=5, novelty=True).fit(X),
        'one-class-svm': OneClassSVM().fit(X),
    }
    for n, e in ests.items():
        for p in (2, 4, 5):
            ben(f'sklearn/{n}-p{p}.pkl', pickle.dumps(e, protocol=p), 'sklearn-estimator')
        b = io.BytesIO()
        joblib.dump(e, b)
        ben(f'sklearn/{n}.joblib', b.getvalue(), 'sklearn-estimator')
    # pandas indexes, dtypes and scalars
    import dateutil.tz
    import pytz
    import zoneinfo
    idx = pd.date_range('2024-03-30', periods=3, freq='D')
    objs = {
        'categorical-index': pd.DataFrame({'v': [1, 2, 3]}, index=pd.CategoricalIndex(['a', 'b', 'a'])),
        'period-index': pd.Series([1, 2, 3], index=pd.period_range('2024-01', periods=3, freq='M')),
        'interval-index': pd.Series([1, 2, 3], index=pd.interval_range(0, 3, closed='left')),
        'timedelta-index': pd.Series([1, 2, 3], index=pd.timedelta_range('1 day', periods=3)),
        'tz-pytz': pd.Series([1, 2, 3], index=idx.tz_localize(pytz.timezone('Europe/Paris'))),
        'tz-dateutil': pd.Series([1, 2, 3], index=idx.tz_localize(dateutil.tz.gettz('Europe/Paris'))),
        # pickled as builtins.getattr(zoneinfo.ZoneInfo, '_unpickle')(key, 1)
        'tz-zoneinfo': pd.Series([1, 2, 3], index=idx.tz_localize(zoneinfo.ZoneInfo('Europe/Paris'))),
        'tz-zoneinfo-two': [datetime.datetime(2024, 1, 1, tzinfo=zoneinfo.ZoneInfo('Europe/Paris')),
                            datetime.datetime(2024, 1, 1, tzinfo=zoneinfo.ZoneInfo('America/New_York'))],
        'tz-fixed-offset': pd.Series([1, 2, 3], index=idx.tz_localize(datetime.timezone(datetime.timedelta(hours=2)))),
        'multiindex-columns': pd.DataFrame([[1, 2], [3, 4]], columns=pd.MultiIndex.from_tuples([('a', 'x'), ('a', 'y')])),
        'float64-nullable': pd.DataFrame({'f': pd.array([1.5, None], dtype='Float64')}),
        'int8-nullable': pd.DataFrame({'i': pd.array([1, None], dtype='Int8')}),
        'ordered-categorical': pd.Series(pd.Categorical(['lo', 'hi'], categories=['lo', 'hi'], ordered=True)),
        'sparse-nan-fill': pd.Series(pd.arrays.SparseArray([np.nan, 1.0, np.nan])),
        'scalars': [pd.Timestamp('2024-01-01', tz='UTC'), pd.Timedelta('1h'), pd.Period('2024-01', 'M'), pd.Interval(0, 1),
                    pd.NaT, pd.NA, pd.offsets.Day(2), pd.DateOffset(months=1)],
        'object-index-mixed': pd.Series([1, 2], index=pd.Index(['a', 1], dtype=object)),
        'attrs-flags': pd.DataFrame({'a': [1]}).set_flags(allows_duplicate_labels=False),
    }
    objs['attrs-flags'].attrs['source'] = 'unit'
    for n, o in objs.items():
        for p in (0, 2, 4, 5):
            try:
                data = pickle.dumps(o, protocol=p)
            except TypeError:  # some pandas objects cannot be written below protocol 2
                continue
            ben(f'pandas/{n}-p{p}.pkl', data, 'pandas-object')
    # numpy scalars, scalar types, ufuncs and structured arrays
    arrs = {
        'datetime64-scalar': np.datetime64('2024-01-01T12:00'), 'timedelta64-scalar': np.timedelta64(3, 'h'),
        'complex64': np.array([1 + 2j], dtype=np.complex64), 'longdouble': np.array([1.5], dtype=np.longdouble),
        'structured-subarray-title': np.zeros(2, dtype=[(('Title', 'a'), '<f4'), ('b', '<i2', (2, 2)), ('c', 'S3')]),
        'void-scalar': np.zeros(1, dtype=[('a', '<i4'), ('b', '<f8')])[0], 'str-scalar': np.str_('x'),
        'masked': np.ma.masked_array([1, 2, 3], mask=[0, 1, 0]), 'recarray': np.rec.array([(1, 2.0)], dtype=[('a', 'i4'), ('b', 'f8')]),
        'types': [np.int8, np.uint8, np.int16, np.uint16, np.uint32, np.uint64, np.float16, np.complex64, np.complex128,
                  np.longdouble, np.str_, np.bytes_, np.datetime64, np.timedelta64, np.object_, np.void],
        'ufuncs': [np.log1p, np.expm1, np.sqrt, np.exp, np.log, np.abs, np.tanh, np.maximum],
        'generator': np.random.default_rng(0), 'seed-sequence': np.random.SeedSequence(1),
        'datetime-array-ns': np.array(['2024-01-01T00:00:00.000000001'], dtype='M8[ns]'),
    }
    for n, a in arrs.items():
        for p in (2, 5):
            ben(f'numpy/{n}-p{p}.pkl', pickle.dumps(a, protocol=p), 'numpy-array')
    # whole torch modules (not state dicts), a few tensor kinds
    torch.manual_seed(0)
    mods = {
        'linear': torch.nn.Linear(3, 2),
        'mlp': torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.GELU(), torch.nn.Dropout(0.1), torch.nn.Linear(8, 1)),
        'transformer-layer': torch.nn.TransformerEncoderLayer(8, 2, 16),
        'conv-bn': torch.nn.Sequential(torch.nn.Conv2d(1, 2, 3), torch.nn.BatchNorm2d(2), torch.nn.ReLU()),
    }
    for n, m in mods.items():
        b = io.BytesIO()
        torch.save(m, b)
        ben(f'torch/module-{n}.pt', b.getvalue(), 'torch-state-dict')
    tens = {
        'sparse-coo': torch.eye(3).to_sparse(), 'requires-grad': torch.nn.Parameter(torch.ones(2)),
        'complex': torch.zeros(2, dtype=torch.complex64), 'view': torch.arange(10.0)[2:5],
        'quantized': torch.quantize_per_tensor(torch.ones(3), 0.1, 0, torch.quint8), 'size-device': [torch.Size([2, 3]), torch.device('cpu')],
    }
    for n, t in tens.items():
        for proto in (2, 4):
            b = io.BytesIO()
            torch.save(t, b, pickle_protocol=proto)
            ben(f'torch/tensor-{n}-p{proto}.pt', b.getvalue(), 'torch-state-dict')
    # joblib: object arrays and compressed estimators
    for comp in (None, 'zlib', 'lz4'):
        b = io.BytesIO()
        arr = {'labels': np.array(['a', None, 3], dtype=object), 'x': np.arange(4.0)}
        if comp is None:
            joblib.dump(arr, b)
            data = b.getvalue()
        else:
            path = os.path.join(OUT, '.tmp.joblib')
            joblib.dump(arr, path, compress=(comp, 3))
            with open(path, 'rb') as f:
                data = f.read()
            os.remove(path)
        ben(f'joblib/object-array-{comp or "raw"}.joblib', data, 'joblib-array')
    # tar archives written by tarfile (pandas to_pickle(compression='tar'))
    for n in ('categorical-index', 'tz-pytz'):
        path = os.path.join(OUT, '.tmp.tar')
        objs[n].to_pickle(path, compression='tar')
        with open(path, 'rb') as f:
            ben(f'pandas/{n}.pkl.tar', f.read(), 'pandas-object')
        os.remove(path)
    # benign chat template using a namespace attribute and ordinary filters
    t = ("{%- set ns = namespace(system='', tools=[]) -%}{%- for m in messages -%}{%- if m.role == 'system' -%}"
         "{%- set ns.system = m.content -%}{%- endif -%}{%- endfor -%}{{ ns.system }}{%- for m in messages|selectattr('role', 'equalto', 'user') -%}"
         "{{ m.content|trim }}{%- endfor -%}{{ messages|map(attribute='role')|join(',') }}{{ tools|map(attribute='function.name')|list }}")
    ben('templates/namespace-filters/chat_template.jinja', t.encode(), 'chat-template')
    ben('templates/namespace-filters/tokenizer_config.json', json.dumps({'chat_template': t}).encode(), 'chat-template')


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    random.seed(14)
    limits()
    tars()
    compressed()
    joblib_nested()
    stack_tricks()
    numpy_headers()
    zips()
    unverifiable()
    keras_configs()
    templates()
    benign()
    MANIFEST.sort(key=lambda e: e['file'])
    with open(os.path.join(HERE, 'manifest-more.json'), 'w') as f:
        json.dump(MANIFEST, f, indent=0, sort_keys=True)
        f.write('\n')
    nm = sum(e['kind'] == 'malicious' for e in MANIFEST)
    print(f'{nm} malicious, {len(MANIFEST) - nm} benign', file=sys.stderr)


if __name__ == '__main__':
    main()
