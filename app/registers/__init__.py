"""The accounting registers: write-off acts, the summary accounting book (КСУ), the inventory
book, accession and write-off acts as documents, the national electronic library's
application (өтінім) and the exchange lists for partner libraries."""
