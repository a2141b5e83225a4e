# comparison benchmarks (ql_add_bench)
ql_add_bench(bench_comparison SOURCES bench_comparison.cpp)
target_include_directories(bench_comparison PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/analysis/comparison)
