"""framing.plain.as_plain is dataclasses.asdict, faster."""
import dataclasses
import json

import framing
from framing.plain import as_plain

from conftest import demo_texts


def test_as_plain_is_asdict_on_scores():
    for text in demo_texts()[:6] + ["", "He said.", '"It may," said Ann Lee of the U.S. Fed.']:
        s = framing.score(text or " ", sentiment="model")
        assert as_plain(s) == dataclasses.asdict(s)
        assert json.dumps(as_plain(s)) == json.dumps(dataclasses.asdict(s))
