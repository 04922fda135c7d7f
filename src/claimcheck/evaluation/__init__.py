"""Quality measurements on public data sets (``make eval``); never part of the test run's timing."""
