"""The preservation desk: binding orders, the repair log, the digitisation and copying log,
and each copy's history across them."""
