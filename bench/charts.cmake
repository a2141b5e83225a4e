# charts benchmarks (ql_add_bench)
ql_add_bench(bench_charts SOURCES bench_charts.cpp LIBS quoteline_views)
