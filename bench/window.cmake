# main window benchmarks (ql_add_bench)
ql_add_bench(bench_window SOURCES bench_window.cpp LIBS quoteline_app Qt::Test)
