#!/usr/bin/python3
"""Writes a second, independent parity corpus for the table reader (issue #22): hand-written messy CSV / TSV /
JSON Lines files that vary the cases of the first corpus (generate.py) — every pandas null spelling quoted and
unquoted, padded numbers and nulls, every infinity spelling, exponent forms, numeric text that pandas reads as
one value (duplicates), booleans, blank and whitespace-only lines in one- and many-column files, CRLF, BOM,
big integers and JSON Lines edge values — and what pandas makes of each with its defaults: row count, and per
column the dtype, null count, distinct and duplicate counts, ±inf count and min / max / mean of finite values.

Run with Debian's python3 (python3-pandas): /usr/bin/python3 test/data-gate/parity/generate-messy.py
It writes test/data-gate/parity/messy/<case>.<ext> and messy/expected.json; the test never needs Python, and
re-encodes every file as UTF-16 (both byte orders), gzip and (ASCII CSV) latin1-declared at test time.
"""
import json
import math
import warnings
import os
import sys

import numpy as np
import pandas as pd

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'messy')
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))

warnings.simplefilter('ignore', RuntimeWarning)

NA = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN', '<NA>', 'N/A',
      'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']
# Debian's pandas 1.5 lacks "None" in its default na_values (pandas 2 added it); the reader follows pandas 2.
READ_CSV = {'na_values': ['None']}

cases = []


def key(v):
    """A hashable identity for a cell pandas read (dicts and lists from JSON Lines are not hashable)."""
    if isinstance(v, (dict, list)):
        return json.dumps(v, sort_keys=True)
    return v


def column_facts(s: pd.Series):
    nonnull = s[~s.isna()]
    keys = [key(v) for v in nonnull]
    numeric = s.dtype.kind in 'iuf'
    facts = {
        'dtype': str(s.dtype),
        'nulls': int(s.isna().sum()),
        'distinct': len(set(keys)),
        'duplicates': len(keys) - len(set(keys)),
        'infinite': int(np.isinf(s).sum()) if s.dtype.kind == 'f' else 0,
    }
    if numeric:
        finite = [float(v) for v in nonnull if math.isfinite(float(v))]
        facts['integral'] = bool(s.dtype.kind in 'iu' or all(v % 1 == 0 for v in finite))
        if finite:
            facts['min'] = min(finite)
            facts['max'] = max(finite)
            mean = float(np.mean(np.array(finite, dtype=np.float64)))
            if math.isfinite(mean):  # a sum of doubles near the maximum overflows: no mean to compare
                facts['mean'] = mean
    return facts


def add(name, data: bytes, ext='csv', read=None, note='', ours=None):
    """Writes one file and records pandas' reading of it (or the error pandas raises); `ours`: the data-gate
    options that mean the same as `read`."""
    path = os.path.join(OUT, f'{name}.{ext}')
    with open(path, 'wb') as fh:
        fh.write(data)
    kwargs = dict(read or {})
    try:
        if ext.startswith('jsonl'):
            df = pd.read_json(path, lines=True, **kwargs)
        else:
            df = pd.read_csv(path, **{**READ_CSV, **kwargs})
        expected = {'rows': int(len(df)), 'columns': {str(c): column_facts(df[c]) for c in df.columns}}
    except Exception as e:  # pandas refuses the file
        expected = {'error': f'{type(e).__name__}: {str(e).splitlines()[0][:200]}'}
    cases.append({'name': name, 'file': f'{name}.{ext}', 'read': kwargs, 'note': note, 'pandas': expected,
                  'options': ours or {}})


def lines(*rows, eol='\n'):
    return (eol.join(rows) + eol).encode()


def q(s):
    return '"' + s.replace('"', '""') + '"'


# --- null spellings ---------------------------------------------------------------------------------------
# Every spelling, quoted, in a numeric column and in a text column (QUOTE_ALL exports).
add('na-every-spelling-quoted', lines('x,label', *[r for i, v in enumerate(NA)
                                                   for r in (f'{q(v)},{q(v)}', f'{q(str(i + 0.5))},{q("t" + str(i))}')]))
# The same, unquoted, semicolon-separated (sniffed), CRLF.
add('na-every-spelling-semicolon-crlf', lines('x;label', *[r for i, v in enumerate(NA) for r in (f'{v};{v}', f'{i * 3};t{i % 4}')],
                                              eol='\r\n'), read={'sep': ';'})
# Quoted nulls in a TSV, with quoted numbers around them.
add('na-quoted-tsv', lines('a\tb', *[f'{q(v)}\t{q(str(-i))}' for i, v in enumerate(NA)]), ext='tsv',
    read={'sep': '\t'})
# Null spellings in an integer column keep it integral (pandas: float64 of whole numbers).
add('na-in-integer-column', lines('n', '1', '"NULL"', '2', 'null', '3', '"<NA>"', '4', '#N/A', '5'))
# Spellings that look like nulls but are not in na_values: text.
add('na-lookalikes-are-text', lines('v', 'Null', 'NONE', 'na', 'N.A.', '"-"', 'nil', 'NAN', '#n/a', '1'))
# A column of nothing but quoted nulls.
add('na-only-quoted', lines('a,b', '"",1', '"NA",2', '"null",3', '"#N/A",4'))

# Custom null spellings: pandas' na_values add to the defaults; keep_default_na=False keeps only them.
CUSTOM = b'a,b\n-999,x\n1,missing\n,NA\n2,\n"-999",y\n'
add('na-custom-added', CUSTOM, read={'na_values': ['None', '-999', 'missing']},
    ours={'null-values': ['-999', 'missing']})
add('na-custom-only', CUSTOM, read={'na_values': ['-999'], 'keep_default_na': False},
    ours={'null-values': ['-999'], 'keep-default-nulls': False})
add('na-none-at-all', b'a,b\n1,NA\n2,\n3,x\n', read={'keep_default_na': False},
    ours={'keep-default-nulls': False})

# --- padded numbers ---------------------------------------------------------------------------------------
add('padded-both-sides', lines('id,v,w', '1, 2.5 ,x', '2,\t3\t,y', '3,  -4 ,z', '4, 1e3,w', '5,+.5  ,v'))
add('padded-quoted', lines('a,b', '" 1","2 "', '"\t3","4\t"', '"  5.5  "," -6 "'))
add('padded-integers-stay-integers', lines('k', ' 10', '20 ', '\t30', '40\t', ' 50 '))
add('padded-crlf', lines('a,b', '1 ,2 ', ' 3, 4', '5\t,\t6', eol='\r\n'))
add('padded-in-tsv', lines('a\tb', ' 1\t 2', '3 \t4 ', '  5\t6  '), ext='tsv', read={'sep': '\t'})
add('padded-null-spelling-is-text', lines('a,b', '1," NA"', '2,"NA "', '3,4'))
add('padded-long-integers', lines('id', ' 9007199254740993', '9007199254740994 ', '" 9007199254740995"'))

# --- infinities -------------------------------------------------------------------------------------------
INFS = ['inf', '-inf', '+inf', 'INF', '-INF', 'Inf', 'Infinity', '-Infinity', '+Infinity', 'INFINITY', 'infinity',
        '-infinity', 'iNf', 'InFiNiTy']
add('inf-every-spelling', lines('x', *INFS, '1.5', '-2'))
add('inf-every-spelling-quoted', lines('x,y', *[f'{q(v)},{i}' for i, v in enumerate(INFS)], '"0.25",99'))
add('inf-in-integer-column', lines('n', '1', '2', 'inf', '3', '-Infinity'))
add('inf-only', lines('n', 'inf', '-inf', 'Infinity'))
add('inf-with-nulls', lines('n,m', 'inf,1', 'NA,2', '-inf,3', ',4', '7.5,5'))
add('inf-lookalikes-are-text', lines('x', 'infinit', 'infinityy', 'in', '1'))

# --- number forms -----------------------------------------------------------------------------------------
add('exponent-forms', lines('x', '1e5', '1E+05', '-2.5e-3', '+.5', '.5', '5.', '-.5e1', '+1.', '1e-400', '1e308',
                            '1.7976931348623157e308', '5e-324', '-0', '-0.0', '+0'))
add('exponent-forms-quoted', lines('x', *[q(v) for v in ['1e5', '1E+05', '-2.5e-3', '+.5', '.5', '5.', '-.5e1']]))
add('number-lookalikes-are-text', lines('x', '1e', 'e5', '.', '-', '+', '1.2.3', '1_000', '0x1F', '1-2', '--1', '1'))
add('thousands-are-text', lines('x,y', '"1,000",1 000', '"2,500",2 500', '"12,345.6",3'))
add('leading-zeros-integers', lines('z', '007', '010', '0', '00', '-007', '+0010'))
# pandas' default (fast) float parser counts the zeros after the point among its 17 digits and reads the last
# value as -1.2e-15; its round-trip parser reads every value as Python's float() does, as we do.
add('long-decimals', lines('x', '3.14159265358979323846', '0.1000000000000000055511151231257827', '123456789012.345',
                           '-0.000000000000001234567890123'), read={'float_precision': 'round_trip'})
add('ints-13-to-19-digits', lines('x', '1234567890123', '12345678901234567', '-1234567890123456789',
                                  '9223372036854775807', '-9223372036854775808'))
add('ints-beyond-int64', lines('x', '9223372036854775808', '18446744073709551615'))
add('ints-beyond-uint64', lines('x', '18446744073709551616', '1'))
add('int-and-float-mix', lines('x', '1', '2.0', '3', '4.5'))

# --- values that pandas reads as the same number: duplicates ---------------------------------------------
add('dup-numeric-spellings', lines('id', '1', '1.0', '+1', '1e0', '" 1"', '1.00', '2', '10e-1'))
add('dup-leading-zeros', lines('id', '7', '007', '+7', '8'))
add('dup-int64-spellings', lines('id', '9007199254740993', '+9007199254740993', '09007199254740993',
                                 '9007199254740992'))
add('dup-negative-zero', lines('x', '0', '-0', '0.0', '-0.0', '1'))
add('dup-quoted-vs-unquoted', lines('id,k', '1,a', '"1",b', '2,c', '"2",d', '3,"a"'))

# --- booleans ---------------------------------------------------------------------------------------------
add('bool-spellings', lines('b', 'True', 'true', 'TRUE', 'False', 'false', 'FALSE'))
add('bool-quoted', lines('b', '"True"', '"false"', 'TRUE'))
add('bool-lookalikes-are-text', lines('b', 'yes', 'no', 't', 'f', 'tRuE'))
add('bool-and-numbers-are-text', lines('b', 'True', '1', '0', 'False'))

# --- blank and whitespace-only lines ----------------------------------------------------------------------
add('blank-one-column-mixed', lines('a', '1', '', '   ', '\t', '2', ' \t ', '3', ''))
add('blank-one-column-crlf', lines('a', '1', '', '  ', '2', '\t', eol='\r\n'))
add('blank-many-columns-crlf', lines('a,b,c', '1,2,3', '', '   ', '4,5,6', '\t\t', '7,8,9', eol='\r\n'))
add('blank-before-header', lines('', '  ', 'a,b', '1,2', '3,4'))
add('blank-at-end-only', b'a,b\n1,2\n3,4\n\n\n   \n\t\n')
add('blank-quoted-empty-is-a-row', lines('a', '1', '""', '2'))
add('blank-quoted-spaces-is-a-row', lines('a', 'x', '"  "', 'y'))
add('blank-lines-inside-quotes', lines('id,t', '1,"a', '', '   ', 'b"', '2,c'))
add('blank-whitespace-lines-tsv-spaces', lines('a\tb', '1\t2', '   ', '3\t4'), ext='tsv', read={'sep': '\t'})

# --- structure: BOM, CRLF, CR-only, no final newline ------------------------------------------------------
add('bom-quoted-header', b'\xef\xbb\xbf"a","b"\r\n"1","NA"\r\n"2","x"\r\n')
add('bom-one-column', b'\xef\xbb\xbfv\n1\n\n2\n')
add('crlf-no-final-newline-null', b'a,b\r\n1,2\r\n3,')
add('cr-only-with-nulls', b'a,b\r1,NA\r,2\r3,4\r')
add('mixed-line-ends', b'a,b\n1,2\r\n3,4\r5,6\n')
add('utf16le-with-bom', lines('a,b', '1,"NA"', '" 2.5",x', 'inf,y').decode().encode('utf-16'),
    read={'encoding': 'utf-16'})
add('utf16be-with-bom', b'\xfe\xff' + lines('a,b', '1,"null"', '2, 3', '-Infinity,4').decode().encode('utf-16-be'),
    read={'encoding': 'utf-16'})

# --- JSON Lines -------------------------------------------------------------------------------------------
add('jsonl-overflow-and-negative-overflow', lines('{"a": 1e400}', '{"a": -1e400}', '{"a": 2.5}', '{"a": 1}'),
    ext='jsonl')
add('jsonl-negative-zero', lines('{"a": -0}', '{"a": 0}', '{"a": -0.0}', '{"a": 0.0}', '{"a": 3}'), ext='jsonl')
add('jsonl-int64-edges', lines('{"id": 9007199254740993}', '{"id": 9007199254740992}', '{"id": -9007199254740993}',
                               '{"id": 9223372036854775807}', '{"id": -9223372036854775808}'), ext='jsonl')
add('jsonl-uint64', lines('{"id": 18446744073709551615}', '{"id": 18446744073709551614}', '{"id": 1}'), ext='jsonl')
add('jsonl-int-exponent-float', lines('{"a": 1e2}', '{"a": 2E0}', '{"a": 3}'), ext='jsonl')
add('jsonl-nested', lines('{"a": {"x": 1}, "b": [1, 2]}', '{"a": {"x": 1}, "b": []}', '{"a": null, "b": [1, 2]}'),
    ext='jsonl')
add('jsonl-missing-keys-reordered', lines('{"b": "x", "a": 1}', '{"a": 2}', '{"c": true, "b": "y"}',
                                          '{"a": 3, "c": false, "b": null}'), ext='jsonl')
add('jsonl-mixed-int-float', lines('{"a": 1}', '{"a": 2.5}', '{"a": null}'), ext='jsonl')
add('jsonl-mixed-int-text', lines('{"a": 1}', '{"a": "two"}', '{"a": 3}'), ext='jsonl')
add('jsonl-mixed-bool-int', lines('{"a": true}', '{"a": 0}', '{"a": false}'), ext='jsonl')
add('jsonl-bool-with-null', lines('{"a": true}', '{"a": null}', '{"a": false}', '{"a": true}'), ext='jsonl')
add('jsonl-blank-and-whitespace-crlf', lines('{"a": 1}', '', '  ', '\t', '{"a": 2}', eol='\r\n'), ext='jsonl')
add('jsonl-all-null-column', lines('{"a": null, "b": 1}', '{"a": null, "b": 2}'), ext='jsonl')
add('jsonl-float-precision', lines('{"a": 0.1}', '{"a": 0.30000000000000004}', '{"a": 1.7976931348623157e308}',
                                   '{"a": 5e-324}'), ext='jsonl')
# What Python's json.dumps writes for float NaN and ±inf (not JSON, but what pandas and Python read).
add('jsonl-python-nan-infinity', lines('{"a": NaN, "b": "NaN"}', '{"a": Infinity, "b": "x"}', '{"a": -Infinity, "b": "y"}',
                                       '{"a": 1.5, "b": "Infinity"}'), ext='jsonl')
# Numbers written as JSON strings: pandas' read_json converts them to numbers, and the profile reads them so too.
add('jsonl-numeric-strings', lines('{"a": "1", "b": 1}', '{"a": "2.5", "b": 2}', '{"a": "3", "b": 3}'), ext='jsonl')
add('jsonl-unicode-keys', lines('{"é": 1, "名": "x"}', '{"é": 2, "名": "y"}'), ext='jsonl')

with open(os.path.join(OUT, 'expected.json'), 'w') as fh:
    json.dump({'generator': 'test/data-gate/parity/generate-messy.py', 'pandas': pd.__version__, 'cases': cases}, fh,
              indent=1, sort_keys=True)
print(f'{len(cases)} cases written to {os.path.normpath(OUT)}', file=sys.stderr)
