"""The migration wizard: bringing in a fund from IRBIS64."""
