"""Data sources: readers that turn a publisher's release into roles.

One subpackage per source (:mod:`careerdata.sources.bls` today).  ``tools/`` builds the
embedded datasets with them, and you can read a later release yourself; ``import careerdata``
and :func:`careerdata.load_dataset` never load them, since datasets ship as built JSON files.
"""
