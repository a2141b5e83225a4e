# store benchmarks (ql_add_bench)
