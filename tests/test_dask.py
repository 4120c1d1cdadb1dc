"""framing.dask: a real dask.distributed LocalCluster with two worker processes scores what a
local run scores, row for row (skipped when dask is not installed)."""
import json

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from framing.batch import json_row, run_batch  # noqa: E402
from framing.dask import plan, read_bag, score_bag, score_partitions  # noqa: E402
from framing.parallel import Settings  # noqa: E402

from conftest import write_jsonl  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture
def shards(tmp_path):
    folder = tmp_path / "shards"
    folder.mkdir()
    write_jsonl(folder / "part-1.jsonl", 9)
    write_jsonl(folder / "part-2.jsonl", 7)
    with open(folder / "part-2.jsonl", "a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write('{"ID": "empty1", "text": ""}\n')  # an error row that keeps its record's id
    (folder / "part-3.csv").write_text('id,text\nc1,"The mayor said the bridge may reopen, officials said."\n', encoding="utf-8")
    return folder


def test_the_dask_engine_writes_what_the_local_engine_writes(cluster, shards, tmp_path):
    local = run_batch([shards], tmp_path / "local.jsonl", errors=tmp_path / "local-err.jsonl", jobs=1)
    remote = run_batch([shards], tmp_path / "dask.jsonl", errors=tmp_path / "dask-err.jsonl", engine="dask",
                       scheduler=cluster.scheduler_address)
    assert (remote.scored, remote.failed) == (local.scored, local.failed) == (17, 2)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert (tmp_path / "dask-err.jsonl").read_bytes() == (tmp_path / "local-err.jsonl").read_bytes()
    assert '"id": "empty1"' in (tmp_path / "dask-err.jsonl").read_text(encoding="utf-8")


def test_jsonl_cut_into_blocks_keeps_every_record_and_its_line(cluster, tmp_path):
    src = tmp_path / "big.jsonl"
    write_jsonl(src, 25)
    parts = plan([src], blocksize=20_000)
    assert len(parts) > 3
    outcomes = [o for _, part in score_partitions([src], cluster.scheduler_address, Settings(), json_row, blocksize=20_000)
                for o in part]
    local = [json.loads(line) for line in run_batch_rows(src, tmp_path)]
    assert [o.result for o in outcomes] == [json.dumps(r, ensure_ascii=False) for r in local]
    assert [o.item.source for o in outcomes] == [f"{src}:{k}" for k in range(1, 26)]


def run_batch_rows(src, tmp_path):
    run_batch([src], tmp_path / "ref.jsonl", jobs=1)
    return (tmp_path / "ref.jsonl").read_text(encoding="utf-8").splitlines()


def test_score_bag_and_dataframe(cluster, shards, tmp_path):
    client = distributed.Client(cluster)
    try:
        rows = score_bag(read_bag([shards / "part-1.jsonl"]), row=json_row).compute(scheduler=client)
        assert rows == run_batch_rows(shards / "part-1.jsonl", tmp_path)
        dd = pytest.importorskip("dask.dataframe")
        pd = pytest.importorskip("pandas")
        from framing.dask import score_dataframe
        from framing.scoring import headline, score

        texts = ["The mayor said the bridge may reopen.", "", "Critics claimed the plan may fail, officials said."]
        frame = dd.from_pandas(pd.DataFrame({"text": texts, "key": ["a", "b", "c"]}), npartitions=2)
        out = score_dataframe(frame, id_column="key").compute(scheduler=client)
        assert list(out["id"]) == ["a", "b", "c"]
        assert out["error"].iloc[1].startswith("empty")
        expected = headline(score(texts[2]))
        assert out["words"].iloc[2] == expected["words"] and out["tone"].iloc[2] == expected["tone"]
    finally:
        client.close()
