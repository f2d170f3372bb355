"""Batch generation: many pairs of a dataset's roles, in several locales and formats.

:func:`pairs` streams one :class:`Page` per chosen pair of roles ``(a, b)``, per locale and per
format, in a deterministic order.  By default it takes every ordered pair (``a`` in dataset
order, then ``b`` in dataset order), which grows with the square of the dataset: 30 pairs for
the six seed roles, 688,070 for the 830 BLS occupations.  ``select`` picks fewer:
:func:`one_against_all`, :func:`most_similar`, or a list of pairs.  The work runs on a process
pool by default (``jobs=-1``, every core) and its output is identical to the serial path
(``jobs=1``).  :func:`write_folder` and :func:`write_jsonl` store the pages; :func:`dask_pairs`
builds the same pages as a :mod:`dask.bag` to run on a cluster (the ``careerdata[dask]``
extra).

>>> pages = list(pairs("customer-service", ["en_US", "de_DE"], ["summary"], jobs=1))
>>> len(pages)  # 6 roles: 30 ordered pairs, 2 locales, 1 format
60
>>> first = pages[0]
>>> first.a, first.b, first.locale, first.format
('customer-care-supervisor', 'customer-service-manager', 'en_US', 'summary')
>>> first.path
'en_US/customer-care-supervisor-vs-customer-service-manager.summary.txt'
>>> print(first.text[:70])
The differences between customer care supervisors and customer service
>>> similar_pages = pairs("customer-service", select=most_similar(2), jobs=1)
>>> for page in itertools.islice(similar_pages, 2):
...     print(page.a, "vs", page.b)
customer-care-supervisor vs customer-service-manager
customer-care-supervisor vs customer-care-manager
"""

import itertools  # noqa: F401 - used by the examples above

from careerdata.batch import _page, _run
from careerdata.batch._dask import dask_pairs
from careerdata.batch._page import Format, Page
from careerdata.batch._run import pairs
from careerdata.batch._select import Selection, every_pair, most_similar, one_against_all
from careerdata.batch._write import write_folder, write_jsonl

#: Every :data:`Format` a page can take: ``"summary"`` (:func:`careerdata.summarize`) or the
#: whole page (:func:`careerdata.render`) as ``"markdown"``, ``"text"`` or ``"html"``.
FORMATS = _page.FORMATS
#: Ordered pairs per task sent to a worker, unless ``chunk_size`` says otherwise.
DEFAULT_CHUNK_SIZE = _run.DEFAULT_CHUNK_SIZE

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "FORMATS",
    "Format",
    "Page",
    "Selection",
    "dask_pairs",
    "every_pair",
    "most_similar",
    "one_against_all",
    "pairs",
    "write_folder",
    "write_jsonl",
]
