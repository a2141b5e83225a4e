# charts benchmarks (ql_add_bench)
