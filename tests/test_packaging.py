"""The wheel ships the lexicons: build it, install it into a fresh virtual environment outside
the repository, and score a text there."""
import os
import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_scores_outside_the_repo(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # the wheel's copy, not a source tree
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(REPO)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = dist.glob("framing-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True, cwd=tmp_path, env=env)
    code = (
        "import framing, framing.lexicon as L;"
        "lex = L.load_lexicons();"
        "assert all(len(lex[n]) > 0 for n in lex.names()), lex.names();"
        "s = framing.score('Officials said the bridge may close. It is clearly unsafe.');"
        "assert 'framing/lexicons' not in framing.__file__;"
        "print(s.hedging.hedges, s.hedging.boosters, len(lex.names()), s.readability.flesch_reading_ease > 0, framing.__file__)"
    )
    out = subprocess.run([str(py), "-c", code], check=True, cwd=tmp_path, capture_output=True, text=True, env=env).stdout
    hedges, boosters, n_lexicons, readable, location = out.split()
    assert (hedges, boosters, readable) == ("1", "1", "True")
    assert int(n_lexicons) >= 15
    assert str(env_dir) in location
    cli = subprocess.run([str(env_dir / "bin" / "framing"), "score", "-", "--format", "csv"], input="He said it may rain.",
                         cwd=tmp_path, capture_output=True, text=True, env=env)
    assert cli.returncode == 0 and cli.stdout.startswith("id,outlet,event,date,title,words")


def test_a_source_checkout_without_an_install_says_what_to_do():
    # python started in the clone imports the clone's framing/ (as after `pip install .`); -S keeps
    # out site-packages and with it any editable install's mapping of framing.lexicons
    code = "import framing.lexicon as X\ntry:\n    X.load_lexicons()\nexcept Exception as e:\n    print(type(e).__name__, e)"
    out = subprocess.run([sys.executable, "-S", "-c", code], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert out.startswith("ResourceError framing's lexicons are not installed beside this copy of framing")
    assert "pip install -e ." in out
