# Tests for store; see ql_add_qtest() in tests/CMakeLists.txt
