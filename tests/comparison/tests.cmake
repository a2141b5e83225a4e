# Tests for comparison; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_textnormalizer SOURCES comparison/tst_textnormalizer.cpp)
ql_add_qtest(tst_worddiff SOURCES comparison/tst_worddiff.cpp)
ql_add_qtest(tst_minhashlshindex SOURCES comparison/tst_minhashlshindex.cpp comparison/SyntheticCorpus.h)
ql_add_qtest(tst_variantfamilies SOURCES comparison/tst_variantfamilies.cpp comparison/SyntheticCorpus.h)
ql_add_qtest(tst_fidelitychecker SOURCES comparison/tst_fidelitychecker.cpp)
ql_add_qtest(tst_comparisondevset SOURCES comparison/tst_comparisondevset.cpp)
# Issue 16: thousands of wire copies of the same quotes group in near-linear time.
ql_add_qtest(tst_variantscaling SOURCES comparison/tst_variantscaling.cpp)
# Issue 17: removing many copies at once is one walk over their shared buckets.
ql_add_qtest(tst_lshremoval SOURCES comparison/tst_lshremoval.cpp)
