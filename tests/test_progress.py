"""framing.progress: the bar draws on a terminal only, and says done, rate and time left."""
import io

from framing.batch import Progress
from framing.progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_bar_on_a_terminal():
    out = Terminal()
    bar = ProgressBar(out, interval=0)
    bar(Progress(done=50, scored=49, failed=1, skipped=50, total=400, elapsed=10.0))
    bar.close()
    text = out.getvalue()
    assert text.startswith("\r[######") and text.endswith("\n")
    assert "100/400 articles" in text and "1 failed" in text and "5.0/s" in text and "0:01:00 left" in text


def test_silent_when_not_a_terminal_or_quiet():
    for stream, enabled in ((io.StringIO(), None), (Terminal(), False)):
        bar = ProgressBar(stream, enabled=enabled, interval=0)
        bar(Progress(1, 1, 0, 0, 10, 1.0))
        bar.close()
        assert stream.getvalue() == ""


def test_unknown_total():
    assert ProgressBar(io.StringIO()).line(Progress(7, 7, 0, 0, None, 2.0)).startswith("7 articles · 3.5/s")
