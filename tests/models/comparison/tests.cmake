# Tests for the comparison panel's model; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_familymembersmodel SOURCES models/comparison/tst_familymembersmodel.cpp LIBS quoteline_models)
