# extraction benchmarks (ql_add_bench)
ql_add_bench(bench_extraction SOURCES bench_extraction.cpp)
