"""The catalog: records, their access points, search, import and export."""
