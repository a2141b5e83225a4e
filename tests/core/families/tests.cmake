ql_add_qtest(tst_familyindex SOURCES core/families/tst_familyindex.cpp)
# Issue 17: the persisted variant keys (schema 8).
ql_add_qtest(tst_variantkeys SOURCES core/families/tst_variantkeys.cpp)
