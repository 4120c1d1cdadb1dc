"""Word clusters: the TSV's format, unknown words, a missing file."""
import pytest

from framing.errors import ResourceError
from framing.measures.word_clusters import load_word_clusters, parse_word_clusters


def test_the_shipped_clusters_group_reporting_verbs():
    clusters = load_word_clusters()
    assert clusters.granularities == (100, 400, 1000)
    assert len(clusters.clusters) > 20000
    assert clusters.of("said")[0] == clusters.of("told")[0]


def test_an_unknown_word_is_u_at_every_granularity():
    clusters = parse_word_clusters("# comment\nword\tc10\tc20\nsaid\t1\t2\n")
    assert clusters.of("said") == ("1", "2")
    assert clusters.of("zzzz") == ("U", "U")


@pytest.mark.parametrize("text", ["", "# only a comment\n", "term\tc10\n", "word\tk10\n"])
def test_a_bad_file_is_a_resource_error(text):
    with pytest.raises(ResourceError, match="word clusters"):
        parse_word_clusters(text)


def test_a_missing_file_is_a_resource_error(tmp_path):
    with pytest.raises(ResourceError, match="word clusters"):
        load_word_clusters(str(tmp_path / "nope.tsv"))
