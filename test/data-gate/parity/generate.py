#!/usr/bin/python3
"""Writes the table-reader parity corpus: messy real-world CSV / TSV / JSON Lines exports, and what
pandas.read_csv / pandas.read_json(lines=True) make of each (row count, null count and dtype per column).

Run with Debian's python3 (python3-pandas): /usr/bin/python3 test/data-gate/parity/generate.py
It writes test/fixtures/data-gate/parity/<case>.<ext> and expected.json; the test never needs Python.
Deterministic: no clocks, no randomness beyond a fixed seed.
"""
import csv
import gzip
import io
import json
import os
import sys

import numpy as np
import pandas as pd

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'fixtures', 'data-gate', 'parity')
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))

cases = []


def add(name, data: bytes, ext='csv', read=None, note=''):
    """Writes one file and records pandas' reading of it (or the error pandas raises)."""
    path = os.path.join(OUT, f'{name}.{ext}')
    with open(path, 'wb') as fh:
        fh.write(data)
    kwargs = dict(read or {})
    try:
        if ext.startswith('jsonl'):
            df = pd.read_json(path, lines=True, **kwargs)
        else:
            df = pd.read_csv(path, **kwargs)
        expected = {
            'rows': int(len(df)),
            'columns': {
                str(c): {
                    'dtype': str(df[c].dtype),
                    'nulls': int(df[c].isna().sum()),
                    # whether every non-null value is a whole number (float64 columns holding ints with NaNs)
                    'integral': bool(
                        df[c].dtype.kind in 'iu'
                        or (df[c].dtype.kind == 'f' and np.all(np.isfinite(df[c].dropna())) and np.all(df[c].dropna() % 1 == 0))
                    ),
                    'infinite': int(np.isinf(df[c]).sum()) if df[c].dtype.kind == 'f' else 0,
                    'distinct': int(df[c].nunique(dropna=True)),
                }
                for c in df.columns
            },
        }
    except Exception as e:  # pandas refuses the file
        expected = {'error': f'{type(e).__name__}: {str(e).splitlines()[0][:200]}'}
    cases.append({'name': name, 'file': f'{name}.{ext}', 'read': kwargs, 'note': note, 'pandas': expected})


def frame(n=40, seed=7):
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            'id': np.arange(1, n + 1),
            'score': np.round(rng.normal(50, 10, n), 3),
            'ratio': rng.random(n),  # full-precision floats: 16-17 significant digits
            'segment': rng.choice(['north', 'south', 'east', 'west'], n),
            'flag': rng.choice([True, False], n),
        }
    )


df = frame()
df_nulls = df.copy()
df_nulls.loc[[3, 9, 17], 'score'] = np.nan
df_nulls.loc[[5, 11], 'segment'] = None

# --- what pandas itself writes, in every quoting style ------------------------------------------------------
for label, quoting in [('minimal', csv.QUOTE_MINIMAL), ('all', csv.QUOTE_ALL), ('nonnumeric', csv.QUOTE_NONNUMERIC)]:
    add(f'pandas-quote-{label}', df.to_csv(index=False, quoting=quoting).encode())
    add(f'pandas-quote-{label}-nulls', df_nulls.to_csv(index=False, quoting=quoting).encode())
    add(f'pandas-quote-{label}-na-rep', df_nulls.to_csv(index=False, quoting=quoting, na_rep='NA').encode())
add('pandas-crlf', df_nulls.to_csv(index=False, lineterminator='\r\n').encode())
add('pandas-semicolon', df.to_csv(index=False, sep=';').encode(), read={'sep': ';'})
add('pandas-pipe', df.to_csv(index=False, sep='|').encode(), read={'sep': '|'})
add('pandas-tsv', df_nulls.to_csv(index=False, sep='\t').encode(), ext='tsv', read={'sep': '\t'})
add('pandas-utf8-bom', df_nulls.to_csv(index=False).encode('utf-8-sig'))
add('pandas-utf16', df_nulls.to_csv(index=False).encode('utf-16'), read={'encoding': 'utf-16'})
add('pandas-utf16-quote-all', df_nulls.to_csv(index=False, quoting=csv.QUOTE_ALL).encode('utf-16'), read={'encoding': 'utf-16'})
add('pandas-gzip', gzip.compress(df_nulls.to_csv(index=False).encode(), mtime=0), ext='csv.gz')
add('pandas-gzip-utf16', gzip.compress(df_nulls.to_csv(index=False).encode('utf-16'), mtime=0), ext='csv.gz',
    read={'encoding': 'utf-16'})
add('pandas-float-format', df.to_csv(index=False, float_format='%.2f').encode())
add('pandas-jsonl', df_nulls.to_json(orient='records', lines=True).encode(), ext='jsonl')
add('pandas-jsonl-crlf', df_nulls.to_json(orient='records', lines=True).replace('\n', '\r\n').encode(), ext='jsonl')
add('pandas-reordered', df_nulls[['segment', 'flag', 'ratio', 'id', 'score']].to_csv(index=False).encode())

# --- hand-made exports: the messy cases ---------------------------------------------------------------------
add('quoted-empty-and-na', b'a,b\n"",1\n"NA",2\n"x",3\n"",4\n')
add('quoted-numbers', b'a,b\n"1","2.5"\n"3","4"\n" 5","6.5 "\n')
add('padded-numbers', b'id,name,score\n1, alice, 3.5\n2, bob , 4\n3,carol,\t5.25\t\n')
add('padded-null-is-text', b'a,b\n1, NA\n2,3\n')
add('infinities', b'a\ninf\n-inf\nInfinity\n-Infinity\n+inf\nINF\n1.5\n')
add('infinity-with-space-is-text', b'a\n inf\n1\n')
add('nan-spellings', b'a,b\nnan,1\nNaN,2\n-nan,3\nNULL,4\nNone,5\nn/a,6\n#N/A,7\n<NA>,8\n1.5,9\n')
add('blank-lines', b'a,b\n1,2\n\n3,4\n\n\n5,6\n')
add('whitespace-lines-one-column', b'a\n1\n   \n\t\n2\n')
add('whitespace-lines-many-columns', b'a,b\n1,2\n   \n\t\n3,4\n')
add('tsv-tab-line-is-a-row', b'a\tb\n1\t2\n\t\n3\t4\n', ext='tsv', read={'sep': '\t'})
add('delimiter-only-line-is-a-row', b'a,b\n1,2\n,\n3,4\n')
add('quoted-spaces-are-text', b'a\n"   "\n1\n')
add('long-floats', b'a\n0.30000000000000004\n1.2345678901234567\n-2.220446049250313e-16\n')
add('thirteen-digit-ints', b'ts\n1700000000000\n1700000000001\n1700000000002\n')
add('int64-ids', b'id\n9007199254740993\n9007199254740994\n9007199254740995\n1234567890123456789\n')
add('leading-zeros', b'zip\n007\n010\n123\n')
add('exponents', b'a\n1e5\n1E-3\n.5\n5.\n+.5\n-5.e3\n')
add('overflow-is-text', b'a\n1e400\n1\n')
add('hex-is-text', b'a\n0x10\n1\n')
add('booleans', b'a,b\nTrue,true\nFalse,false\nTrue,true\n')
add('mixed-int-text', b'a\n1\ntwo\n3\n')
add('all-null-column', b'a,b\n,1\n,2\nNA,3\n')
add('int-with-nulls', b'a\n1\n\n2\nNA\n3\n')
add('embedded-newlines', b'id,text\n1,"line one\nline two"\n2,"plain"\n3,"a ""quoted"" word"\n')
add('crlf-embedded-newlines', b'id,text\r\n1,"a\r\nb"\r\n2,c\r\n')
add('cr-only-line-ends', b'a,b\r1,2\r3,4\r')
add('no-final-newline', b'a,b\n1,2\n3,4')
add('header-only', b'a,b,c\n')
add('bom-and-crlf', b'\xef\xbb\xbfa,b\r\n1,2\r\n3,4\r\n')
add('unicode-text', 'name,city\nJosé,São Paulo\nZoë,Zürich\n李,北京\n'.encode())
add('trailing-delimiter', b'a,b,\n1,2,\n3,4,\n')
add('header-with-spaces', b' a , b \n1,2\n')
add('negative-zero-and-signs', b'a\n-0\n+5\n-3.25\n')
add('big-negative-ints', b'a\n-9007199254740993\n-1\n')
add('percent-and-currency-are-text', b'a,b\n5%,$10\n7%,$12\n')
add('thousands-separators-are-text', b'a\n"1,000"\n"2,500"\n')
add('dates-stay-text', b'd\n2024-01-01\n2024-02-29\n')

# --- what pandas refuses, or misreads (we refuse with a located error) ----------------------------------------
add('ragged-long-row', b'a,b\n1,2\n3,4,5\n6,7\n', note='pandas raises; we refuse with the line')
add('ragged-short-row', b'a,b\n1,2\n3\n6,7\n', note='pandas fills NaN silently; we refuse: a missing value and a missing delimiter look alike')
add('duplicate-header', b'a,a\n1,2\n', note='pandas renames to a.1 silently; we refuse and name the column')
add('unclosed-quote', b'a,b\n1,"oops\n2,3\n4,5\n', note='pandas raises EOF inside string; we refuse with the line')

# --- JSON Lines ---------------------------------------------------------------------------------------------
add('jsonl-basic', b'{"a": 1, "b": "x"}\n{"a": 2, "b": "y"}\n', ext='jsonl')
add('jsonl-nulls', b'{"a": 1, "b": null}\n{"a": null, "b": "y"}\n{"a": 3, "b": "z"}\n', ext='jsonl')
add('jsonl-missing-keys', b'{"a": 1}\n{"a": 2, "b": "late"}\n{"b": "only"}\n', ext='jsonl')
add('jsonl-blank-lines', b'{"a": 1}\n\n   \n{"a": 2}\n', ext='jsonl')
add('jsonl-snowflake-ids', b''.join(
    f'{{"id": {i}}}\n'.encode() for i in [1234567890123456789, 1234567890123456788, 1234567890123456790,
                                          1234567890123456787, 1234567890123456791, 1234567890123456786]),
    ext='jsonl')
add('jsonl-overflow-infinity', b'{"a": 1e400}\n{"a": 2}\n', ext='jsonl')
add('jsonl-floats', b'{"a": 0.30000000000000004}\n{"a": 1.5}\n', ext='jsonl')
add('jsonl-booleans', b'{"a": true}\n{"a": false}\n', ext='jsonl')

with open(os.path.join(OUT, 'expected.json'), 'w') as fh:
    json.dump({'generator': 'test/data-gate/parity/generate.py', 'pandas': pd.__version__, 'cases': cases}, fh, indent=1,
              sort_keys=True)
print(f'{len(cases)} cases written to {os.path.normpath(OUT)}', file=sys.stderr)
