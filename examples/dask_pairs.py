"""Generate comparison pages on a Dask cluster and check them against the serial path.

    pip install 'careerdata[dask]'
    python examples/dask_pairs.py OUTPUT_DIR

Builds every ordered pair of the seed dataset (6 roles, 30 pairs) in English and German, as
Markdown pages and summaries, with ``careerdata.batch.dask_pairs`` on a local
``distributed`` cluster, writes them under OUTPUT_DIR and checks that they are exactly what the
serial ``careerdata.batch.pairs(..., jobs=1)`` gives.  On a real cluster, pass the scheduler's
address to ``Client`` instead of starting a ``LocalCluster``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from distributed import Client, LocalCluster

from careerdata.batch import dask_pairs, pairs, write_folder, write_jsonl

DATASET = "customer-service"
LOCALES = ["en_US", "de_DE"]
FORMATS = ["markdown", "summary"]


def main(output: Path) -> None:
    bag = dask_pairs(DATASET, LOCALES, FORMATS, chunk_size=8)
    # processes=False: the workers are threads of this process, which starts in a second;
    # a cluster of worker processes (or machines) runs the same graph.
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        pages = client.compute(bag).result()

    serial = list(pairs(DATASET, LOCALES, FORMATS, jobs=1))
    assert pages == serial, "the Dask pages differ from the serial path"

    written = write_folder(pages, output / "pages")
    write_jsonl(pages, output / "pages.jsonl")
    assert written == len(serial) == 6 * 5 * len(LOCALES) * len(FORMATS)
    example = output / "pages" / pages[0].path
    print(f"{written} pages from {bag.npartitions} Dask partitions, identical to the serial path")
    print(f"written under {output / 'pages'} and to {output / 'pages.jsonl'}")
    print(f"first page: {example.relative_to(output)}")
    print(example.read_text(encoding="utf-8").splitlines()[0])


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
