"""claimcheck: split news articles into traceable claims and compare what sources say."""

__version__ = "0.1.0"
