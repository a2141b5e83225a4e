# Tests for comparison; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_textnormalizer SOURCES core/analysis/comparison/tst_textnormalizer.cpp)
ql_add_qtest(tst_worddiff SOURCES core/analysis/comparison/tst_worddiff.cpp)
ql_add_qtest(tst_minhashlshindex SOURCES core/analysis/comparison/tst_minhashlshindex.cpp core/analysis/comparison/SyntheticCorpus.h)
ql_add_qtest(tst_variantfamilies SOURCES core/analysis/comparison/tst_variantfamilies.cpp core/analysis/comparison/SyntheticCorpus.h)
ql_add_qtest(tst_fidelitychecker SOURCES core/analysis/comparison/tst_fidelitychecker.cpp)
ql_add_qtest(tst_comparisondevset SOURCES core/analysis/comparison/tst_comparisondevset.cpp)
# Issue 16: thousands of wire copies of the same quotes group in near-linear time.
ql_add_qtest(tst_variantscaling SOURCES core/analysis/comparison/tst_variantscaling.cpp)
# Issue 17: removing many copies at once is one walk over their shared buckets.
ql_add_qtest(tst_lshremoval SOURCES core/analysis/comparison/tst_lshremoval.cpp)
