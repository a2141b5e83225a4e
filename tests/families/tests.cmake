ql_add_qtest(tst_familyindex SOURCES families/tst_familyindex.cpp)
