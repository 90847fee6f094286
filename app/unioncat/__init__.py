"""The union catalog link's protocols: Z39.50 (search, Extended Services Update) through
libyaz5's ZOOM API, SRU search over HTTP, and the configured targets and their credentials."""
