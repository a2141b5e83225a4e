# Tests for comparison; see ql_add_qtest() in tests/CMakeLists.txt
