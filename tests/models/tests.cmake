# Tests for models; see ql_add_qtest() in tests/CMakeLists.txt
