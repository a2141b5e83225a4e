# extraction benchmarks (ql_add_bench)
