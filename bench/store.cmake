# store benchmarks (ql_add_bench)
# The store on a large archive: CLI open, `similar`, family index restore, search first page (issue 17).
ql_add_bench(bench_store SOURCES bench_store.cpp)
