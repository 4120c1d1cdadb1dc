"""Attribution: who is quoted or reported, by which cue, saying what.

An attribution relation has a cue (a reporting verb or phrase, ``reporting_verbs.tsv``), a
source (who speaks) and content (what is attributed), after the PARC / PolNeAR scheme
(Pareti 2016; Newell, Margolin and Ruths 2018, "An Attribution Relations Corpus for Political
News", LREC). Rules, each named in the ``rule`` field of what it finds:

- ``verb``: a reporting verb. Verbs whose frame is ``clause`` count only where they frame words
  (followed by "that", a colon, a comma or a quotation, or next to one). The source is the
  subject: the first actor or pronoun of the clause before the verb, skipping an apposition
  ("Hugh Hill, a doctor at the clinic, said"); after it in inverted order ('"...," said Hill').
  The content is the quotation next to the verb, else the clause after it.
- ``according_to``: "according to X, ..." -- the source is X, the content the rest of the
  sentence.
- ``quote_inherits``: a quotation with no cue in its sentence takes the speaker of the nearest
  attribution in the previous or next sentence of the same or an adjacent paragraph.
- Cues inside another attribution's quotation are not counted (they are the speaker's, not the
  writer's attribution).

Source types: person, organisation, place (named actors of that type; a pronoun linked to an actor
counts as the actor), named (a named actor of unknown type), anonymous (``anonymous_sources.tsv``),
document (``attribution_nouns.tsv``), pronoun (a pronoun linked to no actor), other (an unnamed
description), none (no source found).
"""
from framing.measures.attribution.measure import measure_attribution
from framing.measures.attribution.result import Attribution, AttributionResult, NonResponse, Voice

__all__ = ["Attribution", "NonResponse", "Voice", "AttributionResult", "measure_attribution"]
