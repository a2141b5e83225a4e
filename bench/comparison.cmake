# comparison benchmarks (ql_add_bench)
ql_add_bench(bench_comparison SOURCES bench_comparison.cpp)
