# Tests for charts; see ql_add_qtest() in tests/CMakeLists.txt
