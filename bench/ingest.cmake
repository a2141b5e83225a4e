# ingest benchmarks (ql_add_bench)
ql_add_bench(bench_ingest SOURCES bench_ingest.cpp LIBS Qt::Concurrent)
ql_add_bench(bench_html SOURCES bench_html.cpp)
