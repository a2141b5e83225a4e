# ingest benchmarks (ql_add_bench)
