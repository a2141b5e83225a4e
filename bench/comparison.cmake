# comparison benchmarks (ql_add_bench)
