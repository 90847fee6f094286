"""The intake desk: accession batches, copies, inventory numbers, barcodes and labels."""
