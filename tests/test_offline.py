"""Scoring makes no network connection and never downloads NLTK data: run it in a fresh process
with sockets and nltk.download disabled, HOME and NLTK_DATA pointing at an empty folder."""
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
print("ok", s.readability.flesch_kincaid_grade)
"""


def test_scoring_is_offline(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), NLTK_DATA=str(tmp_path / "nltk_data"))
    result = subprocess.run([sys.executable, "-c", CODE], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")
