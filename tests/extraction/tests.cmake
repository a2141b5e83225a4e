# Tests for extraction; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_quotescanner SOURCES extraction/tst_quotescanner.cpp)
ql_add_qtest(tst_officeholders SOURCES extraction/tst_officeholders.cpp)
ql_add_qtest(tst_figureextractor SOURCES extraction/tst_figureextractor.cpp)
ql_add_qtest(tst_extractor SOURCES extraction/tst_extractor.cpp)
ql_add_qtest(tst_extractionrobustness SOURCES extraction/tst_extractionrobustness.cpp)
ql_add_qtest(tst_devset SOURCES extraction/tst_devset.cpp)
ql_add_qtest(tst_corpus SOURCES extraction/tst_corpus.cpp extraction/EvalScorer.cpp extraction/EvalScorer.h)
