"""Scoring makes no network connection and never downloads NLTK data: run it in a fresh process
with sockets and nltk.download disabled, HOME and NLTK_DATA pointing at an empty folder; and a
batch run (framing.batch) too. Starting the CLI imports nothing heavy that it does not need."""
import os
import subprocess
import sys

CODE = r"""
import socket, nltk
def refuse(*a, **k):
    raise AssertionError("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
nltk.download = refuse
import framing
s = framing.score("The committee may approve the plan. Officials said it was clearly necessary, "
                  "according to records seen by reporters.")
assert s.readability.flesch_reading_ease != 0
assert s.readability.words == 18, s.readability
import pathlib
from framing.batch import run_batch
src = pathlib.Path("in.jsonl")
src.write_text('{"text": "The mayor said the bridge may reopen."}\n{"text": "Critics claimed it may not."}\n', encoding="utf-8")
summary = run_batch([src], "out.jsonl", jobs=1)
assert summary.scored == 2, summary
print("ok", s.readability.flesch_kincaid_grade)
"""


def test_scoring_is_offline(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), NLTK_DATA=str(tmp_path / "nltk_data"))
    result = subprocess.run([sys.executable, "-c", CODE], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_the_cli_starts_without_heavy_imports():
    code = ("import sys, framing.cli; "
            "print(sorted(m for m in ('sklearn', 'pandas', 'dask', 'distributed', 'pyarrow', 'scipy', 'nltk') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_scoring_does_not_import_nltk_or_scipy():
    # import nltk loads SciPy, scikit-learn and pandas: about 190 MB in every worker process
    code = ("import sys, framing; framing.score('Officials said the bridge may close. It is clearly unsafe.'); "
            "print(sorted(m for m in ('sklearn', 'pandas', 'scipy', 'nltk', 'textstat') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
